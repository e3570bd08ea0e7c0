using System.Runtime.CompilerServices;
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
/// Cost: one transaction per distinct entity of a batch (its sightings with the partition's marker,
/// <see cref="SightingMarkers"/>), and one query per entity the batch did not name first: a batch
/// first writes all its sightings, then reads each entity partition that held others once — over its
/// records' widest window back and, to find the records counted earlier that a late record now belongs
/// to, as far forward — and counts every record of the batch from that read. An entity no record named
/// before (most phones, e-mails and home addresses) is counted from the batch alone, without a read. A very hot entity makes its query long (one
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

    // A transaction holds 100 actions: the marker and 99 sightings.
    private const int MaxSightingsPerTransaction = 99;

    private static readonly int WidestWindow = NetworkCounts.Windows.Max();

    private readonly SightingMarkers _markers = new(tables.Sightings);

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
        var trusted = await _markers.EnsureSweptAsync(cancellationToken);
        var added = new System.Collections.Concurrent.ConcurrentBag<(string Partition, string RecordId, DateTimeOffset EventAt)>();
        var fresh = new System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, DateTimeOffset>>(StringComparer.Ordinal);
        var byPartition = writes.GroupBy(w => w.Key.Partition, StringComparer.Ordinal)
            .Select(g => (Partition: g.Key, Records: g.Select(w => (w.Key.RecordId, EventAt: w.Value)).ToList()));
        await Parallel.ForEachAsync(byPartition, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (partition, ct) =>
        {
            if (await WritePartitionAsync(partition.Partition, partition.Records, added, ct) && trusted)
            {
                // The batch created the partition: its own records are all it holds.
                fresh[partition.Partition] = partition.Records.ToDictionary(r => r.RecordId, r => r.EventAt, StringComparer.Ordinal);
            }
        });

        var seenByPartition = await ReadAsync(reads.Where(p => !fresh.ContainsKey(p)), earliest.AddDays(-WidestWindow), latest.AddDays(WidestWindow), cancellationToken);
        foreach (var (partition, records) in fresh)
        {
            seenByPartition[partition] = records;
        }

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

    /// <summary>
    /// Adds one partition's sightings of the batch; true when the batch created the partition (its marker
    /// with them), so nothing else names the entity.
    /// </summary>
    private async Task<bool> WritePartitionAsync(
        string partition,
        List<(string RecordId, DateTimeOffset EventAt)> records,
        System.Collections.Concurrent.ConcurrentBag<(string Partition, string RecordId, DateTimeOffset EventAt)> added,
        CancellationToken cancellationToken)
    {
        if (!_markers.KnownMarked(partition))
        {
            var first = records.Take(MaxSightingsPerTransaction).ToList();
            try
            {
                await tables.Sightings.SubmitTransactionAsync([SightingMarkers.Create(partition), .. first.Select(r => AddSighting(partition, r))], cancellationToken);
                foreach (var (recordId, eventAt) in first)
                {
                    added.Add((partition, recordId, eventAt));
                }

                await AddToMarkedAsync(partition, records.Skip(MaxSightingsPerTransaction).ToList(), added, cancellationToken);
                _markers.RememberMarked(partition);
                return true;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // Marked already (or, written before markers, holding one of these records): not new.
            }
        }

        await AddToMarkedAsync(partition, records, added, cancellationToken);
        _markers.RememberMarked(partition);
        return false;
    }

    // Sightings of a partition that has (or may have) others: added with the marker merged, a chunk at a
    // time; a chunk holding a record seen before is added one by one, so only that record is skipped.
    private async Task AddToMarkedAsync(
        string partition,
        List<(string RecordId, DateTimeOffset EventAt)> records,
        System.Collections.Concurrent.ConcurrentBag<(string Partition, string RecordId, DateTimeOffset EventAt)> added,
        CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(MaxSightingsPerTransaction))
        {
            try
            {
                await tables.Sightings.SubmitTransactionAsync([SightingMarkers.Touch(partition), .. chunk.Select(r => AddSighting(partition, r))], cancellationToken);
                foreach (var (recordId, eventAt) in chunk)
                {
                    added.Add((partition, recordId, eventAt));
                }

                continue;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409 && chunk.Length > 1)
            {
                // One of them was seen before: one by one below.
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // Seen before (a retried or re-sent record): it counts once, at its first time.
                continue;
            }

            foreach (var record in chunk)
            {
                try
                {
                    await tables.Sightings.SubmitTransactionAsync([SightingMarkers.Touch(partition), AddSighting(partition, record)], cancellationToken);
                    added.Add((partition, record.RecordId, record.EventAt));
                }
                catch (TableTransactionFailedException ex) when (ex.Status == 409)
                {
                    // Seen before: it counts once, at its first time.
                }
            }
        }
    }

    private static TableTransactionAction AddSighting(string partition, (string RecordId, DateTimeOffset EventAt) record) =>
        new(TableTransactionActionType.Add, new TableEntity(partition, record.RecordId) { [EventAtColumn] = record.EventAt });

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
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ne {SightingMarkers.MarkerRowKey}");
        await foreach (var row in tables.Sightings.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
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
