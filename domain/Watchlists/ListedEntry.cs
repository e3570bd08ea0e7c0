namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// One list entry as the matcher sees it. Names are held in clear (fuzzy matching needs them);
/// identifiers only as the keyed hashes of the jurisdictions the list applies to.
/// </summary>
public sealed record ListedEntry
{
    /// <summary>The list.</summary>
    public required string ListId { get; init; }

    /// <summary>The entry, unique within its list.</summary>
    public required string EntryId { get; init; }

    /// <summary>What it identifies.</summary>
    public required WatchlistEntryKind Kind { get; init; }

    /// <summary>Given names (persons).</summary>
    public string? GivenNames { get; init; }

    /// <summary>Surname (persons) or name (organisations).</summary>
    public string? Name { get; init; }

    /// <summary>Birth date or year (persons), where known.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>Keyed hashes of the identifier (one per jurisdiction and key), as records' pseudonyms carry them.</summary>
    public IReadOnlyList<string> IdentifierHashes { get; init; } = [];

    /// <summary>First day the entry applies (inclusive); null = since it was added.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last day the entry applies (inclusive); null = until removed.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>Whether the entry applies on <paramref name="day"/>.</summary>
    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}
