using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// The lists and entries one instance holds, kept current by applying the change log: each change
/// is applied by reading what it names as it is now, so the state converges on the store whatever
/// order or how often changes are applied. Not thread-safe: <see cref="WatchlistCache"/> applies
/// changes under its gate and publishes only the index built from the state.
/// </summary>
public sealed class WatchlistState
{
    private readonly Dictionary<string, WatchlistDefinition> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, WatchlistEntry>> _entries = new(StringComparer.Ordinal);

    private WatchlistState(IEnumerable<WatchlistDefinition> lists, IEnumerable<WatchlistEntry> entries)
    {
        foreach (var list in lists)
        {
            _lists[list.Id] = list;
        }

        foreach (var entry in entries)
        {
            EntriesOf(entry.Listed.ListId)[entry.Listed.EntryId] = entry;
        }
    }

    /// <summary>Entries held, over every list.</summary>
    public int EntryCount => _entries.Values.Sum(e => e.Count);

    /// <summary>A state holding <paramref name="lists"/> and <paramref name="entries"/>.</summary>
    public static WatchlistState Of(IEnumerable<WatchlistDefinition> lists, IEnumerable<WatchlistEntry> entries) => new(lists, entries);

    /// <summary>Applies <paramref name="changes"/> by reading the current state of what each names.</summary>
    public async Task ApplyAsync(IReadOnlyList<WatchlistChange> changes, IWatchlistStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(store);

        // A list read whole (definition change or bulk import) covers its single-entry changes in the same batch.
        var wholeLists = changes.Where(c => c.Kind == WatchlistChangeKind.Entries).Select(c => c.ListId).ToHashSet(StringComparer.Ordinal);
        foreach (var listId in changes.Where(c => c.Kind == WatchlistChangeKind.List).Select(c => c.ListId).Distinct(StringComparer.Ordinal))
        {
            if (await store.GetListAsync(listId, cancellationToken) is { } list)
            {
                _lists[listId] = list;
            }
            else
            {
                _lists.Remove(listId);
                _entries.Remove(listId);
                wholeLists.Remove(listId);
            }
        }

        foreach (var listId in wholeLists)
        {
            var entries = EntriesOf(listId);
            entries.Clear();
            foreach (var entry in await store.EntriesAsync(listId, cancellationToken))
            {
                entries[entry.Listed.EntryId] = entry;
            }
        }

        foreach (var change in changes.Where(c => c.Kind == WatchlistChangeKind.Entry && c.EntryId is not null && !wholeLists.Contains(c.ListId))
                     .DistinctBy(c => (c.ListId, c.EntryId)))
        {
            if (await store.GetEntryAsync(change.ListId, change.EntryId!, cancellationToken) is { } entry)
            {
                EntriesOf(change.ListId)[change.EntryId!] = entry;
            }
            else if (_entries.TryGetValue(change.ListId, out var entries))
            {
                entries.Remove(change.EntryId!);
            }
        }
    }

    /// <summary>The matcher's index of the state (entries of lists that are gone are left out).</summary>
    public WatchlistIndex BuildIndex(string version) =>
        WatchlistIndex.Build(version, _lists.Values.Select(l => l.Rules()), Entries().Select(e => e.Listed));

    /// <summary>The state as a snapshot taken at <paramref name="version"/> and <paramref name="watermark"/>.</summary>
    public WatchlistSnapshot ToSnapshot(string version, DateTimeOffset watermark, IEnumerable<string> appliedChanges) => new()
    {
        Version = version,
        Watermark = watermark,
        AppliedChanges = [.. appliedChanges],
        Lists = [.. _lists.Values],
        Entries = [.. Entries()],
    };

    private IEnumerable<WatchlistEntry> Entries() =>
        _entries.Where(l => _lists.ContainsKey(l.Key)).SelectMany(l => l.Value.Values);

    private Dictionary<string, WatchlistEntry> EntriesOf(string listId)
    {
        if (!_entries.TryGetValue(listId, out var entries))
        {
            entries = new Dictionary<string, WatchlistEntry>(StringComparer.Ordinal);
            _entries[listId] = entries;
        }

        return entries;
    }
}
