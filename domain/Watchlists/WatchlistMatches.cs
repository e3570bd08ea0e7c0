namespace BorderScreening.Domain.Watchlists;

/// <summary>The list entries one record matched, best first.</summary>
public sealed class WatchlistMatches
{
    /// <summary>No match.</summary>
    public static readonly WatchlistMatches None = new([]);

    /// <summary>Creates the set, ordering the matches best first.</summary>
    public WatchlistMatches(IEnumerable<WatchlistMatch> matches) =>
        All = matches.OrderByDescending(m => m.Exact).ThenByDescending(m => m.Score).ThenBy(m => m.EntryId, StringComparer.Ordinal).ToList();

    /// <summary>Every match, best first.</summary>
    public IReadOnlyList<WatchlistMatch> All { get; }
}
