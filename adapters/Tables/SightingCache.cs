using System.Collections.Concurrent;
using Azure;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// The sightings of entity partitions this process wrote to last, each with the ETag its marker had
/// after that write (<see cref="SightingMarkers"/>).
/// <para>
/// Why: a shared entity (an employer, a sponsor, a hotel) is named in batch after batch, and each
/// batch read its whole window back. Every write to a partition merges its marker, so a batch that
/// adds its sightings with the marker updated <em>only if its ETag is still the one remembered</em>
/// learns from that one transaction that nobody has written there since: the remembered rows plus
/// its own are then exactly what the partition holds, and no read is needed. If anyone else wrote
/// (another instance, the retention job), the condition fails, the entry is dropped and the partition
/// is read as before — so an entry is only ever used when it is provably current.
/// </para>
/// </summary>
internal sealed class SightingCache
{
    // Bounds on memory: a deployment's hot entities fit; past it the cache starts again.
    private const int MaxPartitions = 20_000;

    private const int MaxRowsPerPartition = 5_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>What this process knows a partition held right after its last write there.</summary>
    /// <param name="Marker">The marker's ETag after that write.</param>
    /// <param name="From">Rows with an own time from here on are all in <paramref name="Rows"/> (MinValue: every row).</param>
    /// <param name="Rows">Record id → own time.</param>
    public sealed record Entry(ETag Marker, DateTimeOffset From, IReadOnlyDictionary<string, DateTimeOffset> Rows);

    /// <summary>The entry for a partition, if any.</summary>
    public Entry? Get(string partition) => _entries.TryGetValue(partition, out var entry) ? entry : null;

    /// <summary>Remembers a partition as it stands after a write of this process (too large a partition is not kept).</summary>
    public void Set(string partition, Entry entry)
    {
        if (entry.Rows.Count > MaxRowsPerPartition)
        {
            _entries.TryRemove(partition, out _);
            return;
        }

        if (_entries.Count >= MaxPartitions)
        {
            _entries.Clear();
        }

        _entries[partition] = entry;
    }

    /// <summary>Drops an entry found stale (only that one: a newer entry set meanwhile stays).</summary>
    public void Forget(string partition, Entry stale) =>
        _entries.TryRemove(new KeyValuePair<string, Entry>(partition, stale));
}
