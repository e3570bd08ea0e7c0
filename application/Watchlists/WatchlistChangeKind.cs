namespace BorderScreening.Application.Watchlists;

/// <summary>What a change in the watchlist change log touched, and so what a reader reads again.</summary>
public enum WatchlistChangeKind
{
    /// <summary>A list's definition (threshold, consents); a list that is gone takes its entries with it.</summary>
    List,

    /// <summary>Many entries of one list at once (a bulk import): the list's entries are read again.</summary>
    Entries,

    /// <summary>One entry (added, expired or removed).</summary>
    Entry,
}
