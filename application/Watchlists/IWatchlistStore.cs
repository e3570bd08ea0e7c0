namespace BorderScreening.Application.Watchlists;

/// <summary>
/// Storage of lists, entries and the false matches reviewers report. Every change moves the
/// stored version, which each instance polls to know when to look, and is logged as a
/// <see cref="WatchlistChange"/> (after the data it names), which tells the instance what to read again
/// (<see cref="WatchlistCache"/>).
/// </summary>
public interface IWatchlistStore
{
    /// <summary>The stored version (changes with every list or entry change); null when nothing is stored.</summary>
    Task<string?> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>Every list and entry, with the version they make up (read before them).</summary>
    Task<(string Version, IReadOnlyList<WatchlistDefinition> Lists, IReadOnlyList<WatchlistEntry> Entries)> LoadAsync(CancellationToken cancellationToken);

    /// <summary>The changes logged after <paramref name="after"/>, oldest first.</summary>
    Task<IReadOnlyList<WatchlistChange>> ChangesAfterAsync(DateTimeOffset after, CancellationToken cancellationToken);

    /// <summary>Changes logged before this moment may be pruned from the log (null: none were).</summary>
    Task<DateTimeOffset?> PrunedBeforeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the changes logged before <paramref name="before"/>, after recording that mark, so a reader
    /// whose last look is older knows its log is incomplete and loads the snapshot instead; rows deleted.
    /// </summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Every list.</summary>
    Task<IReadOnlyList<WatchlistDefinition>> ListsAsync(CancellationToken cancellationToken);

    /// <summary>One list.</summary>
    Task<WatchlistDefinition?> GetListAsync(string listId, CancellationToken cancellationToken);

    /// <summary>Adds a list (false when the id exists).</summary>
    Task<bool> AddListAsync(WatchlistDefinition list, CancellationToken cancellationToken);

    /// <summary>Replaces a list's definition (consents, threshold).</summary>
    Task SaveListAsync(WatchlistDefinition list, CancellationToken cancellationToken);

    /// <summary>A list's entries.</summary>
    Task<IReadOnlyList<WatchlistEntry>> EntriesAsync(string listId, CancellationToken cancellationToken);

    /// <summary>One entry.</summary>
    Task<WatchlistEntry?> GetEntryAsync(string listId, string entryId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces entries of one list (a bulk import writes them in transactions of 100).</summary>
    Task SaveEntriesAsync(string listId, IReadOnlyList<WatchlistEntry> entries, CancellationToken cancellationToken);

    /// <summary>Removes an entry; false when it was not there.</summary>
    Task<bool> DeleteEntryAsync(string listId, string entryId, CancellationToken cancellationToken);

    /// <summary>Keeps a reviewer's "false match" as a labelled name pair.</summary>
    Task AddFalseMatchAsync(FalseMatch falseMatch, CancellationToken cancellationToken);

    /// <summary>The false matches reported on a list.</summary>
    Task<IReadOnlyList<FalseMatch>> FalseMatchesAsync(string listId, CancellationToken cancellationToken);
}
