using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using BorderScreening.Application.History;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>Reads the screening history's rows (<see cref="HistoryRows"/>, keys documented there).</summary>
public sealed class TableRecordHistory(StorageTables tables) : IRecordHistory
{
    private static readonly string[] BodyOnly = ["Body"];

    /// <inheritdoc />
    public int Shards => AssessmentId.Shards;

    /// <inheritdoc />
    public async IAsyncEnumerable<HistoryEntry> ReadAsync(
        Jurisdiction jurisdiction, int shard, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = HistoryRows.Partition(jurisdiction, shard);
        var low = HistoryRows.Bound(HistoryRows.HistoryPrefix, from);
        var high = HistoryRows.Bound(HistoryRows.HistoryPrefix, to);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}");
        await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, select: BodyOnly, cancellationToken: cancellationToken))
        {
            if (row.GetString("Body") is { } body)
            {
                yield return TableBody.Read<HistoryEntry>(body);
            }
        }
    }

    /// <inheritdoc />
    public async Task ReplaceAsync(HistoryEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (HistoryRows.PartitionOf(entry.Id) is { } partition)
        {
            await tables.Screenings.UpsertEntityAsync(HistoryRows.History(partition, entry), TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<ScreeningRecord?> GetRecentAsync(string id, DateTimeOffset filedAt, CancellationToken cancellationToken)
    {
        if (HistoryRows.PartitionOf(id) is not { } partition)
        {
            return null;
        }

        var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(
            partition, HistoryRows.Key(HistoryRows.RecentPrefix, filedAt, id), BodyOnly, cancellationToken);
        return row.HasValue && row.Value!.GetString("Body") is { } body ? TableBody.Read<ScreeningRecord>(body) : null;
    }
}
