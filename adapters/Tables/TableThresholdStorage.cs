using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IThresholdStorage"/> on Table Storage: thresholds in the settings table (PartitionKey
/// "threshold", RowKey jurisdiction), each change in the audit table (PartitionKey
/// "threshold|{jurisdiction}", RowKey newest first), scores from the assessment rows of every shard.
/// </summary>
public sealed class TableThresholdStorage(StorageTables tables) : IThresholdStorage
{
    private const string Partition = "threshold";

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Jurisdiction, double>> LoadAsync(CancellationToken cancellationToken)
    {
        var thresholds = new Dictionary<Jurisdiction, double>();
        await foreach (var row in tables.Settings.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            if (JurisdictionCodes.TryParse(row.RowKey, out var jurisdiction) && row.GetDouble("Value") is { } value)
            {
                thresholds[jurisdiction] = value;
            }
        }

        return thresholds;
    }

    /// <inheritdoc />
    public async Task SaveAsync(ThresholdChange change, CancellationToken cancellationToken)
    {
        var code = change.Jurisdiction.ToCode();
        await tables.Settings.UpsertEntityAsync(
            new TableEntity(Partition, code) { ["Value"] = change.To, ["Reason"] = change.Reason, ["ChangedAt"] = change.At },
            TableUpdateMode.Replace,
            cancellationToken);
        await tables.Audit.AddEntityAsync(
            new TableEntity($"{Partition}|{code}", $"{DateTimeOffset.MaxValue.Ticks - change.At.Ticks:D19}-{Guid.NewGuid():N}")
            {
                ["Actor"] = "system",
                ["Action"] = "threshold.changed",
                ["Jurisdiction"] = code,
                ["From"] = change.From,
                ["To"] = change.To,
                ["Reason"] = change.Reason,
                ["At"] = change.At,
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<RecentScore> RecentScoresAsync(Jurisdiction jurisdiction, DateTimeOffset from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var shard = 0; shard < AssessmentId.Shards; shard++)
        {
            var partition = AssessmentId.PartitionKey(jurisdiction, shard);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"A|"} and RowKey lt {"A}"} and ScreenedAt ge {from}");
            await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, select: ["Score", "ScreenedAt", "Forced"], cancellationToken: cancellationToken))
            {
                if (row.GetDouble("Score") is { } score)
                {
                    yield return new RecentScore(score, row.GetDateTimeOffset("ScreenedAt") ?? from, row.GetBoolean("Forced") == true);
                }
            }
        }
    }
}
