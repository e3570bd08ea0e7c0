namespace BorderScreening.Application.Watchlists;

/// <summary>
/// Every list and entry as one instance held them, written as one blob so that a starting instance
/// loads 100,000 entries with one download instead of paging the table, then applies the change log
/// from <see cref="Watermark"/> on.
/// </summary>
public sealed record WatchlistSnapshot
{
    /// <summary>The stored version the state was read at.</summary>
    public required string Version { get; init; }

    /// <summary>Every change logged before this moment (less the overlap a reader re-reads) is in the state.</summary>
    public required DateTimeOffset Watermark { get; init; }

    /// <summary>
    /// Keys of the changes logged within the overlap before <see cref="Watermark"/> that the state
    /// already holds, so the instance loading it does not read them again.
    /// </summary>
    public IReadOnlyList<string> AppliedChanges { get; init; } = [];

    /// <summary>The lists.</summary>
    public required IReadOnlyList<WatchlistDefinition> Lists { get; init; }

    /// <summary>The entries of every list.</summary>
    public required IReadOnlyList<WatchlistEntry> Entries { get; init; }
}
