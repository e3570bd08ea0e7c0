namespace BorderScreening.Domain.Watchlists;

/// <summary>One list entry a record matched, and how.</summary>
public sealed record WatchlistMatch
{
    /// <summary>The list's rules.</summary>
    public required WatchlistRules List { get; init; }

    /// <summary>The entry.</summary>
    public required string EntryId { get; init; }

    /// <summary>What the entry identifies.</summary>
    public required WatchlistEntryKind Kind { get; init; }

    /// <summary>What of the record matched ("name", "document", "ContactPhone", "Employer name" …).</summary>
    public required string MatchedOn { get; init; }

    /// <summary>True for an identifier match (exact through the keyed hash); false for a name match.</summary>
    public required bool Exact { get; init; }

    /// <summary>Match quality in [0, 1] (1 for identifiers).</summary>
    public required double Score { get; init; }

    /// <summary>Which tokens matched and how closely, or "identical keyed hash".</summary>
    public required string Explanation { get; init; }

    /// <summary>
    /// Whether the match may make a case on its own: identifier matches, every missing-children match,
    /// and name matches on lists that allow it; otherwise it only adds to the score.
    /// </summary>
    public bool CreatesCase => Exact || List.Purpose == WatchlistPurpose.MissingChildren || List.FuzzyCreatesCase;
}
