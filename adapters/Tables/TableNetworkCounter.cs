using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// Network counts as append-only sightings in Azure Tables.
/// <para>
/// Keys: PartitionKey = "{jurisdiction}|{entity type}|{entity hash}", RowKey = record id; property
/// SeenAt. A sighting is added once per record (a second add of the same record is a 409 and keeps
/// the first time), so screening the same record twice counts it once, and concurrent writers for one
/// hot entity never contend on a shared row (no ETag retries, nothing lost). A count is a partition
/// query over the widest window projecting only SeenAt.
/// </para>
/// <para>
/// Cost: one write per named entity, and one query per distinct entity of a batch: a batch first
/// writes all its sightings, then reads each entity partition once and counts every record of the
/// batch from that read (records sharing a sponsor or a booking agent share the read). A very hot
/// entity makes its query long (one row per record in 90 days); sightings older than the widest
/// window are deleted by the retention job.
/// </para>
/// </summary>
public sealed class TableNetworkCounter(StorageTables tables) : INetworkCounter
{
    // Storage calls of one batch in flight at once (as many as the screening service has records in flight).
    private const int Concurrency = 16;

    private static readonly string[] SeenAtOnly = ["RowKey", "SeenAt"];

    /// <inheritdoc />
    public async Task<NetworkCounts> RecordAndCountAsync(
        Jurisdiction jurisdiction, string recordId, Pseudonyms pseudonyms, DateTimeOffset seenAt, CancellationToken cancellationToken) =>
        (await RecordAndCountAsync([new NetworkSighting(jurisdiction, recordId, pseudonyms, seenAt)], cancellationToken))[0];

    /// <inheritdoc />
    public async Task<IReadOnlyList<NetworkCounts>> RecordAndCountAsync(IReadOnlyList<NetworkSighting> sightings, CancellationToken cancellationToken)
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
                writes.TryAdd((partition, sighting.RecordId), sighting.SeenAt);
                reads.UnionWith(Partitions(sighting, type, hash));
                earliest = sighting.SeenAt < earliest ? sighting.SeenAt : earliest;
                latest = sighting.SeenAt > latest ? sighting.SeenAt : latest;
            }
        }

        if (writes.Count == 0)
        {
            return sightings.Select(_ => new NetworkCounts()).ToList();
        }

        // Every sighting is written before any partition is read, so each record of the batch sees the others.
        await Parallel.ForEachAsync(writes, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (write, ct) =>
        {
            try
            {
                await tables.Sightings.AddEntityAsync(new TableEntity(write.Key.Partition, write.Key.RecordId) { ["SeenAt"] = write.Value }, ct);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Seen before (a retried or re-sent record): it counts once, at its first time.
            }
        });

        var from = earliest.AddDays(-NetworkCounts.Windows.Max());
        var to = latest.AddDays(1);
        var seenByPartition = new System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, DateTimeOffset>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(reads, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (partition, ct) =>
        {
            var seen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and SeenAt ge {from} and SeenAt le {to}");
            await foreach (var row in tables.Sightings.QueryAsync<TableEntity>(filter, select: SeenAtOnly, cancellationToken: ct))
            {
                if (row.GetDateTimeOffset("SeenAt") is { } at)
                {
                    seen[row.RowKey] = at;
                }
            }

            seenByPartition[partition] = seen;
        });

        return sightings.Select(sighting => Count(sighting, seenByPartition)).ToList();
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
        var upper = sighting.SeenAt.AddDays(1);
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
                var lower = sighting.SeenAt.AddDays(-window);
                counts.Set(type, window, Math.Max(1, seenById.Values.Count(at => at >= lower && at <= upper)));
            }
        }

        return counts;
    }
}
