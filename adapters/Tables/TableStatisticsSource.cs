using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IStatisticsSource"/> on Table Storage: the jurisdiction's own partitions of the
/// screenings (assessment rows, every shard), labels, worklist and outcomes tables, selecting only the columns
/// counted.
/// </summary>
public sealed class TableStatisticsSource(StorageTables tables) : IStatisticsSource
{
    /// <inheritdoc />
    public async IAsyncEnumerable<ScreenedFact> ScreenedAsync(Jurisdiction jurisdiction, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var shard = 0; shard < AssessmentId.Shards; shard++)
        {
            var partition = AssessmentId.PartitionKey(jurisdiction, shard);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"A|"} and RowKey lt {"A}"} and ScreenedAt ge {from} and ScreenedAt lt {to}");
            await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, select: ["RowKey", "IsHit", "ScreenedAt", "FirstId"], cancellationToken: cancellationToken))
            {
                // A record counts once: later versions of a corrected record carry their first id.
                if (row.GetString("FirstId") is not null)
                {
                    continue;
                }

                yield return new ScreenedFact(row.RowKey[2..], row.GetBoolean("IsHit") == true, row.GetDateTimeOffset("ScreenedAt") ?? from);
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<DecisionTime> DecisionTimesAsync(Jurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()}");
        await foreach (var row in tables.Labels.QueryAsync<TableEntity>(filter, select: ["RowKey", "DecidedAt"], cancellationToken: cancellationToken))
        {
            if (row.GetDateTimeOffset("DecidedAt") is { } at)
            {
                yield return new DecisionTime(row.RowKey, at);
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CaseFact> CasesAsync(Jurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Signal rows share the worklist partition under a prefix that sorts after every case id.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()} and RowKey lt {TableSignalStore.RowPrefix}");
        await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(filter, select: ["RowKey", "AssessmentId", "Status", "Outcome", "Deadline"], cancellationToken: cancellationToken))
        {
            yield return new CaseFact(
                row.RowKey,
                row.GetString("AssessmentId") ?? row.RowKey,
                Enum.TryParse<CaseStatus>(row.GetString("Status"), out var status) ? status : CaseStatus.Open,
                Enum.TryParse<ReviewOutcome>(row.GetString("Outcome"), out var outcome) ? outcome : null,
                row.GetDateTimeOffset("Deadline"));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<OutcomeFact> PartnerOutcomesAsync(Jurisdiction jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()}");
        await foreach (var row in tables.Outcomes.QueryAsync<TableEntity>(filter, select: ["CaseId", "Outcome"], cancellationToken: cancellationToken))
        {
            if (row.GetString("CaseId") is { } caseId && PartnerOutcomeKinds.TryParse(row.GetString("Outcome"), out var outcome))
            {
                yield return new OutcomeFact(caseId, outcome);
            }
        }
    }
}
