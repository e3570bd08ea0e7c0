using System.Collections.Concurrent;
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
/// same record twice counts it once. Concurrent writers for one hot entity share only the partition's
/// marker, which they merge without a condition (or, remembering it, with one whose failure means
/// "read instead"), so none of them is ever refused or retried. A count is a partition query over the
/// widest window projecting only EventAt.
/// </para>
/// <para>
/// Cost: one transaction per distinct entity of a batch (its sightings with the partition's marker,
/// <see cref="SightingMarkers"/>), and one query per entity whose rows the write did not prove: a batch
/// first writes all its sightings, then reads each such partition once — over its records' widest
/// window back and, to find the records counted earlier that a late record now belongs to, forward —
/// and counts every record of the batch from that read. An entity no record named before (most phones,
/// e-mails and home addresses) is counted from the batch alone, and so is one this process wrote to
/// last when its write, conditional on the marker's ETag, proves nobody else has since
/// (<see cref="SightingCache"/>). A very hot entity makes its query long (one row per record in 90
/// days); sightings older than the widest window and the allowed lateness are deleted by the retention
/// job.
/// </para>
/// </summary>
public sealed class TableNetworkCounter(StorageTables tables, TimeProvider time) : INetworkCounter
{
    // Storage calls of one batch in flight at once (as many as the screening service has records in flight).
    private const int Concurrency = 16;

    private const string EventAtColumn = "EventAt";

    private static readonly string[] EventAtOnly = ["RowKey", EventAtColumn];

    // A transaction holds 100 actions: the marker and 99 sightings.
    private const int MaxSightingsPerTransaction = 99;

    private static readonly int WidestWindow = NetworkCounts.Windows.Max();

    private readonly SightingMarkers _markers = new(tables.Sightings, time);

    private readonly SightingCache _cache = new();

    /// <inheritdoc />
    public async Task<NetworkTally> RecordAndCountAsync(IReadOnlyList<NetworkSighting> sightings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sightings);
        var writes = new Dictionary<(string Partition, string RecordId), DateTimeOffset>();
        var reads = new HashSet<string>(StringComparer.Ordinal);
        var earliest = DateTimeOffset.MaxValue;
        foreach (var sighting in sightings)
        {
            foreach (var (type, hash) in sighting.Pseudonyms.Entities)
            {
                var partition = PartitionKey(sighting.Jurisdiction, type, hash);
                writes.TryAdd((partition, sighting.Key), sighting.EventAt);
                reads.UnionWith(Partitions(sighting, type, hash));
                earliest = sighting.EventAt < earliest ? sighting.EventAt : earliest;
            }
        }

        if (writes.Count == 0)
        {
            return new NetworkTally(sightings.Select(_ => new NetworkCounts()).ToList(), []);
        }

        // Every sighting is written before any partition is read, so each record of the batch sees the others.
        var trusted = await _markers.EnsureSweptAsync(cancellationToken);
        var from = earliest.AddDays(-WidestWindow);
        var added = new ConcurrentBag<(string Partition, string RecordId, DateTimeOffset EventAt)>();
        var known = new ConcurrentDictionary<string, IReadOnlyDictionary<string, DateTimeOffset>>(StringComparer.Ordinal);
        var toRemember = new ConcurrentDictionary<string, ETag>(StringComparer.Ordinal);
        var byPartition = writes.GroupBy(w => w.Key.Partition, StringComparer.Ordinal)
            .Select(g => (Partition: g.Key, Records: g.Select(w => (w.Key.RecordId, EventAt: w.Value)).ToList()));
        await Parallel.ForEachAsync(byPartition, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (partition, ct) =>
        {
            var written = await WritePartitionAsync(partition.Partition, partition.Records, from, trusted, added, ct);
            if (written.Rows is { } rows)
            {
                known[partition.Partition] = rows;
            }
            else if (written.Marker is { } marker)
            {
                toRemember[partition.Partition] = marker;
            }
        });

        // Back over the widest window, and forward without end (the records already counted whose
        // windows a late record falls in; also what a remembered partition must hold).
        var seenByPartition = await ReadAsync(reads.Where(p => !known.ContainsKey(p)), from, null, cancellationToken);
        foreach (var (partition, marker) in toRemember)
        {
            _cache.Set(partition, new SightingCache.Entry(marker, from, seenByPartition[partition]));
        }

        foreach (var (partition, rows) in known)
        {
            seenByPartition[partition] = rows;
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
    /// Adds one partition's sightings of the batch. Returns the rows the partition holds when the write
    /// itself proved them (the batch created the partition, or its remembered rows were provably
    /// current) and markers are trusted; else the partition must be read, and the marker's ETag after
    /// this write, if known, lets what is read be remembered.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, DateTimeOffset>? Rows, ETag? Marker)> WritePartitionAsync(
        string partition,
        List<(string RecordId, DateTimeOffset EventAt)> records,
        DateTimeOffset from,
        bool trusted,
        ConcurrentBag<(string Partition, string RecordId, DateTimeOffset EventAt)> added,
        CancellationToken cancellationToken)
    {
        // Remembered (only ever when trusted): the marker updated only if nobody wrote there since this process did.
        if (_cache.Get(partition) is { } remembered && remembered.From <= from && records.Count <= MaxSightingsPerTransaction)
        {
            var missing = records.Where(r => !remembered.Rows.ContainsKey(r.RecordId)).ToList();
            try
            {
                var response = await tables.Sightings.SubmitTransactionAsync(
                    [SightingMarkers.TouchIfUnchanged(partition, remembered.Marker), .. missing.Select(r => AddSighting(partition, r))],
                    cancellationToken);
                var rows = new Dictionary<string, DateTimeOffset>(remembered.Rows, StringComparer.Ordinal);
                foreach (var (recordId, eventAt) in missing)
                {
                    rows[recordId] = eventAt;
                    added.Add((partition, recordId, eventAt));
                }

                if (response.Value[0].Headers.ETag is { } etag)
                {
                    _cache.Set(partition, new SightingCache.Entry(etag, remembered.From, rows));
                }
                else
                {
                    _cache.Forget(partition, remembered);
                }

                return (rows, null);
            }
            catch (TableTransactionFailedException)
            {
                // Written to by someone else (412/404 on the marker) or holding one of these records
                // already (409): what was remembered is not the whole story.
                _cache.Forget(partition, remembered);
            }
        }

        // Never seen by this process: created with the batch's sightings if nobody named it before. Until
        // the sweep is recorded a created marker proves nothing (older rows may lack one), but it is
        // written all the same, so it is in place once the sweep is.
        if (!_markers.KnownMarked(partition) && records.Count <= MaxSightingsPerTransaction)
        {
            try
            {
                var response = await tables.Sightings.SubmitTransactionAsync(
                    [SightingMarkers.Create(partition), .. records.Select(r => AddSighting(partition, r))],
                    cancellationToken);
                foreach (var (recordId, eventAt) in records)
                {
                    added.Add((partition, recordId, eventAt));
                }

                _markers.RememberMarked(partition);
                if (!trusted)
                {
                    return (null, null);
                }

                var rows = records.ToDictionary(r => r.RecordId, r => r.EventAt, StringComparer.Ordinal);
                if (response.Value[0].Headers.ETag is { } etag)
                {
                    _cache.Set(partition, new SightingCache.Entry(etag, DateTimeOffset.MinValue, rows));
                }

                // The batch's own records are all the partition holds.
                return (rows, null);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // Marked already (or, written before markers, holding one of these records): not new.
            }
        }

        var marker = await AddAsync(partition, records, added, cancellationToken);
        return (null, trusted ? marker : null);
    }

    /// <summary>
    /// Adds sightings to a partition that has (or may have) others, with the marker merged, a chunk at a
    /// time; a chunk holding a record seen before is added one by one, so only that record is skipped.
    /// Returns the marker's ETag after a single whole chunk.
    /// </summary>
    private async Task<ETag?> AddAsync(
        string partition,
        List<(string RecordId, DateTimeOffset EventAt)> records,
        ConcurrentBag<(string Partition, string RecordId, DateTimeOffset EventAt)> added,
        CancellationToken cancellationToken)
    {
        ETag? marker = null;
        var chunks = records.Chunk(MaxSightingsPerTransaction).ToList();
        foreach (var chunk in chunks)
        {
            var written = await TryAddChunkAsync(partition, chunk, cancellationToken);
            if (written.Added)
            {
                foreach (var (recordId, eventAt) in chunk)
                {
                    added.Add((partition, recordId, eventAt));
                }

                marker = chunks.Count == 1 ? written.Marker : null;
                continue;
            }

            // One of them was seen before: one by one, so only that one is skipped.
            foreach (var record in chunk)
            {
                if ((await TryAddChunkAsync(partition, [record], cancellationToken)).Added)
                {
                    added.Add((partition, record.RecordId, record.EventAt));
                }
            }
        }

        _markers.RememberMarked(partition);
        return marker;
    }

    // One transaction of sightings with the marker merged: false when a record of the chunk was seen
    // before (409 on a sighting); else the marker's ETag after it, if given.
    private async Task<(bool Added, ETag? Marker)> TryAddChunkAsync(string partition, IReadOnlyList<(string RecordId, DateTimeOffset EventAt)> chunk, CancellationToken cancellationToken)
    {
        try
        {
            var response = await tables.Sightings.SubmitTransactionAsync([SightingMarkers.Touch(partition), .. chunk.Select(r => AddSighting(partition, r))], cancellationToken);
            return (true, response.Value[0].Headers.ETag);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // Seen before (a retried or re-sent record): it counts once, at its first time.
            return (false, null);
        }
    }

    private static TableTransactionAction AddSighting(string partition, (string RecordId, DateTimeOffset EventAt) record) =>
        new(TableTransactionActionType.Add, new TableEntity(partition, record.RecordId) { [EventAtColumn] = record.EventAt });

    // The records already counted (not of this batch) in whose window a sighting this batch added falls.
    private static List<LateSighting> Changed(
        IReadOnlyList<NetworkSighting> sightings,
        IEnumerable<(string Partition, string RecordId, DateTimeOffset EventAt)> added,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, DateTimeOffset>> seenByPartition)
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

    // Each partition's rows with an own time from <paramref name="from"/> up to <paramref name="to"/> (null: no end).
    private async Task<Dictionary<string, IReadOnlyDictionary<string, DateTimeOffset>>> ReadAsync(
        IEnumerable<string> partitions, DateTimeOffset from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var seenByPartition = new ConcurrentDictionary<string, IReadOnlyDictionary<string, DateTimeOffset>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(partitions, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (partition, ct) =>
        {
            var seen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var filter = to is { } end
                ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and EventAt ge {from} and EventAt le {end}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and EventAt ge {from}");
            await foreach (var row in tables.Sightings.QueryAsync<TableEntity>(filter, select: EventAtOnly, cancellationToken: ct))
            {
                if (row.GetDateTimeOffset(EventAtColumn) is { } at)
                {
                    seen[row.RowKey] = at;
                }
            }

            seenByPartition[partition] = seen;
        });
        return new Dictionary<string, IReadOnlyDictionary<string, DateTimeOffset>>(seenByPartition, StringComparer.Ordinal);
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

    private static NetworkCounts Count(NetworkSighting sighting, IReadOnlyDictionary<string, IReadOnlyDictionary<string, DateTimeOffset>> seenByPartition)
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
