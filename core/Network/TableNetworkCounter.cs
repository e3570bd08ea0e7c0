using Azure.Data.Tables;
using BorderScreening.Core.Privacy;
using BorderScreening.Core.Records;
using BorderScreening.Core.Storage;

namespace BorderScreening.Core.Network;

/// <summary>
/// Network counts as append-only sightings in Azure Tables.
/// <para>
/// Keys: PartitionKey = "{jurisdiction}|{entity type}|{entity hash}", RowKey = record id; property
/// SeenAt. A sighting is an upsert keyed by the record, so screening the same record twice counts it
/// once, and concurrent writers for one hot entity never contend on a shared row (no ETag retries,
/// nothing lost). A count is a partition query over the widest window projecting only SeenAt.
/// </para>
/// <para>
/// Cost: one write and one query per named entity. A very hot entity makes the query long (one row
/// per record in 90 days); sightings older than the widest window are deleted by the retention job.
/// </para>
/// </summary>
public sealed class TableNetworkCounter(StorageTables tables) : INetworkCounter
{
    private static readonly string[] SeenAtOnly = ["RowKey", "SeenAt"];

    /// <inheritdoc />
    public async Task<NetworkCounts> RecordAndCountAsync(
        Jurisdiction jurisdiction, string recordId, Pseudonyms pseudonyms, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        var counts = new NetworkCounts();
        if (pseudonyms.Entities.Count == 0)
        {
            return counts;
        }

        var widest = NetworkCounts.Windows.Max();
        var tasks = pseudonyms.Entities.Select(async entity =>
        {
            var partition = PartitionKey(jurisdiction, entity.Key, entity.Value);
            await tables.Sightings.UpsertEntityAsync(
                new TableEntity(partition, recordId) { ["SeenAt"] = seenAt },
                TableUpdateMode.Replace,
                cancellationToken);

            var from = seenAt.AddDays(-widest);
            // Sightings made under keys still in their rotation window count too (by record id, once).
            var partitions = new List<string> { partition };
            if (pseudonyms.PreviousEntities.TryGetValue(entity.Key, out var older))
            {
                partitions.AddRange(older.Select(hash => PartitionKey(jurisdiction, entity.Key, hash)));
            }

            var seenById = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var p in partitions)
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {p} and SeenAt ge {from} and SeenAt le {seenAt.AddDays(1)}");
                await foreach (var row in tables.Sightings.QueryAsync<TableEntity>(filter, select: SeenAtOnly, cancellationToken: cancellationToken))
                {
                    if (row.GetDateTimeOffset("SeenAt") is { } at)
                    {
                        seenById[row.RowKey] = at;
                    }
                }
            }

            var seen = seenById.Values.ToList();
            return (entity.Key, seen);
        });

        foreach (var (type, seen) in await Task.WhenAll(tasks))
        {
            foreach (var window in NetworkCounts.Windows)
            {
                var from = seenAt.AddDays(-window);
                counts.Set(type, window, Math.Max(1, seen.Count(at => at >= from && at <= seenAt.AddDays(1))));
            }
        }

        return counts;
    }

    /// <summary>Partition key of one entity's sightings.</summary>
    public static string PartitionKey(Jurisdiction jurisdiction, NetworkEntityType type, string hash) =>
        $"{jurisdiction.ToCode()}|{type}|{hash}";
}
