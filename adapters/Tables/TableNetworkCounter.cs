using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// Network counts as append-only sightings in Azure Tables, placed at each record's own time.
/// <para>
/// Keys: PartitionKey = "{jurisdiction}|{entity type}|{entity hash}", RowKey = record id; property
/// EventAt (the record's own time, <see cref="Domain.Records.EventTime"/>). A sighting is added once
/// per record (a second add of the same record is a 409 and keeps the first time), so screening the
/// same record twice counts it once, and concurrent writers for one hot entity never contend on a
/// shared row (no ETag retries, nothing lost). A count is a partition query over the widest window
/// projecting only EventAt.
/// </para>
/// <para>
/// Cost: one write per named entity, and one query per distinct entity of a batch: a batch first
/// writes all its sightings, then reads each entity partition once — over its records' widest window
/// back and, to find the records counted earlier that a late record now belongs to, as far forward —
/// and counts every record of the batch from that read. A very hot entity makes its query long (one
/// row per record in 90 days); sightings older than the widest window and the allowed lateness are
/// deleted by the retention job.
/// </para>
/// </summary>
public sealed class TableNetworkCounter(StorageTables tables) : INetworkCounter
{
    // Storage calls of one batch in flight at once (as many as the screening service has records in flight).
    private const int Concurrency = 16;

    private const string EventAtColumn = "EventAt";

    private static readonly string[] EventAtOnly = ["RowKey", EventAtColumn];

    private static readonly int WidestWindow = NetworkCounts.Windows.Max();

    /// <inheritdoc />
    public async Task<NetworkTally> RecordAndCountAsync(IReadOnlyList<NetworkSighting> sightings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sightings);
        var writes = new Dictionary<(string Partition, string RecordId), DateTimeOffset>();
        var reads = new HashSet<string>(StringComparer.Ordinal);
        var earliest = DateTimeOffset.MaxValue;
        var latest = DateTimeOffset.MinValue;
        foreach (var sighting in sightings)
        {
            foreach (var (type, hash) in sighting.Pseudonyms.Entities)
            {
                var partition = PartitionKey(sighting.Jurisdiction, type, hash);
                writes.TryAdd((partition, sighting.Key), sighting.EventAt);
                reads.UnionWith(Partitions(sighting, type, hash));
                earliest = sighting.EventAt < earliest ? sighting.EventAt : earliest;
                latest = sighting.EventAt > latest ? sighting.EventAt : latest;
            }
        }

        if (writes.Count == 0)
        {
            return new NetworkTally(sightings.Select(_ => new NetworkCounts()).ToList(), []);
        }

        // Every sighting is written before any partition is read, so each record of the batch sees the others.
        var added = new System.Collections.Concurrent.ConcurrentBag<(string Partition, string RecordId, DateTimeOffset EventAt)>();
        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (write, ct) =>
        {
            try
            {
                await tables.Sightings.AddEntityAsync(new TableEntity(write.Key.Partition, write.Key.RecordId) { [EventAtColumn] = write.Value }, ct);
                added.Add((write.Key.Partition, write.Key.RecordId, write.Value));
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Seen before (a retried or re-sent record): it counts once, at its first time.
            }
        });

        var seenByPartition = await ReadAsync(reads, earliest.AddDays(-WidestWindow), latest.AddDays(WidestWindow), cancellationToken);
        var counts = sightings.Select(sighting => Count(sighting, seenByPartition)).ToList();
        return new NetworkTally(counts, Changed(sightings, added, seenByPartition));
    }

    /// <inheritdoc />
    public async Task<NetworkCounts> CountAsync(NetworkSighting sighting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        var reads = sighting.Pseudonyms.Entities.SelectMany(e => Partitions(sighting, e.Key, e.Value)).ToHashSet(StringComparer.Ordinal);
        var seenByPartition = await ReadAsync(reads, sighting.EventAt.AddDays(-WidestWindow), sighting.EventAt, cancellationToken);
        return Count(sighting, seenByPartition);
    }

    // The records already counted (not of this batch) in whose window a sighting this batch added falls.
    private static List<LateSighting> Changed(
        IReadOnlyList<NetworkSighting> sightings,
        IEnumerable<(string Partition, string RecordId, DateTimeOffset EventAt)> added,
        IReadOnlyDictionary<string, Dictionary<string, DateTimeOffset>> seenByPartition)
    {
        var batch = sightings.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var jurisdictionOf = sightings.GroupBy(s => s.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Jurisdiction, StringComparer.Ordinal);
        var changed = new Dictionary<string, LateSighting>(StringComparer.Ordinal);
        foreach (var (partition, recordId, at) in added)
        {
            foreach (var (other, otherAt) in seenByPartition[partition])
            {
                if (!batch.Contains(other) && otherAt >= at && otherAt <= at.AddDays(WidestWindow))
                {
                    changed.TryAdd(other, new LateSighting(jurisdictionOf[recordId], other, otherAt));
                }
            }
        }

        return [.. changed.Values.OrderBy(c => c.EventAt).ThenBy(c => c.RecordId, StringComparer.Ordinal)];
    }

    private async Task<Dictionary<string, Dictionary<string, DateTimeOffset>>> ReadAsync(
        IEnumerable<string> partitions, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var seenByPartition = new System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, DateTimeOffset>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (partition, ct) =>
        {
            var seen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and EventAt ge {from} and EventAt le {to}");
            await foreach (var row in tables.Sightings.QueryAsync<TableEntity>(filter, select: EventAtOnly, cancellationToken: ct))
            {
                if (row.GetDateTimeOffset(EventAtColumn) is { } at)
                {
                    seen[row.RowKey] = at;
                }
            }

            seenByPartition[partition] = seen;
        });
        return new Dictionary<string, Dictionary<string, DateTimeOffset>>(seenByPartition, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> RecordIdsAsync(
        Jurisdiction jurisdiction, NetworkEntityType type, string hash, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = PartitionKey(jurisdiction, type, hash);
        var count = 0;
        await foreach (var row in tables.Sightings.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            yield return row.RowKey;
            if (++count >= limit)
            {
                yield break;
            }
        }
    }

    /// <summary>Partition key of one entity's sightings.</summary>
    public static string PartitionKey(Jurisdiction jurisdiction, NetworkEntityType type, string hash) =>
        $"{jurisdiction.ToCode()}|{type}|{hash}";

    // The entity's partition and, for keys still in their rotation window, its partitions under those keys.
    private static IEnumerable<string> Partitions(NetworkSighting sighting, NetworkEntityType type, string hash)
    {
        yield return PartitionKey(sighting.Jurisdiction, type, hash);
        if (sighting.Pseudonyms.PreviousEntities.TryGetValue(type, out var older))
        {
            foreach (var previous in older)
            {
                yield return PartitionKey(sighting.Jurisdiction, type, previous);
            }
        }
    }

    private static NetworkCounts Count(NetworkSighting sighting, IReadOnlyDictionary<string, Dictionary<string, DateTimeOffset>> seenByPartition)
    {
        var counts = new NetworkCounts();
        var upper = sighting.EventAt;
        foreach (var (type, hash) in sighting.Pseudonyms.Entities)
        {
            // One record seen under an old and a new key counts once (by record id).
            var seenById = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var partition in Partitions(sighting, type, hash))
            {
                foreach (var (recordId, at) in seenByPartition[partition])
                {
                    seenById[recordId] = at;
                }
            }

            foreach (var window in NetworkCounts.Windows)
            {
                var lower = sighting.EventAt.AddDays(-window);
                counts.Set(type, window, Math.Max(1, seenById.Values.Count(at => at >= lower && at <= upper)));
            }
        }

        return counts;
    }
}
