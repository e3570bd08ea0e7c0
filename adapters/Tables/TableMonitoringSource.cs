using System.Text.Json;
using Azure.Data.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IMonitoringSource"/> on Table Storage: the assessment rows screened that day (every shard
/// partition, a range query on the row-key prefix and ScreenedAt) joined with the review outcomes in
/// the jurisdiction's worklist partition for cases received since that day.
/// </summary>
public sealed class TableMonitoringSource(StorageTables tables) : IMonitoringSource
{
    private static readonly string[] Columns =
        ["Body", "IsHit", "Score", MonitoringFacts.AuditGroupColumn, MonitoringFacts.FeaturesColumn];

    /// <inheritdoc />
    public async Task<IReadOnlyList<MonitoringObservation>> ReadAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddDays(1);
        var outcomes = await OutcomesAsync(jurisdiction, from, cancellationToken);
        var observations = new List<MonitoringObservation>();
        for (var shard = 0; shard < AssessmentId.Shards; shard++)
        {
            var partition = AssessmentId.PartitionKey(jurisdiction, shard);
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {partition} and RowKey ge {"A|"} and RowKey lt {"A}"} and ScreenedAt ge {from} and ScreenedAt lt {to}");
            await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, select: Columns, cancellationToken: cancellationToken))
            {
                var assessment = JsonSerializer.Deserialize<Assessment>(row.GetString("Body") ?? "{}", ScreeningJson.Options);
                // A corrected record is observed once, as first screened (its versions share one case).
                if (assessment is null || assessment.Version > 1)
                {
                    continue;
                }

                var outcome = assessment.CaseId is { } caseId ? outcomes.GetValueOrDefault(caseId) : null;
                observations.Add(new MonitoringObservation
                {
                    Jurisdiction = jurisdiction,
                    Score = assessment.Risk.Score,
                    IsHit = assessment.Risk.IsHit,
                    Fired = assessment.Indicators.Fired.Select(f => f.Id).ToList(),
                    ShadowFired = assessment.Indicators.ShadowFired.Select(f => f.Id).ToList(),
                    ModelVersion = assessment.Model.ModelVersion,
                    ModelProbability = assessment.Model.Probability,
                    ShadowModelVersion = assessment.ShadowModel?.ModelVersion,
                    ShadowProbability = assessment.ShadowModel?.Probability,
                    Features = MonitoringFacts.DecodeFeatures(row.GetString(MonitoringFacts.FeaturesColumn)),
                    Group = AuditGroup.Decode(row.GetString(MonitoringFacts.AuditGroupColumn)),
                    Decided = outcome is not null,
                    Referred = outcome?.StartsWith("Refer", StringComparison.Ordinal) == true,
                });
            }
        }

        return observations;
    }

    private async Task<Dictionary<string, string>> OutcomesAsync(Jurisdiction jurisdiction, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()} and ReceivedAt ge {from}");
        await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(filter, select: ["RowKey", "Outcome"], cancellationToken: cancellationToken))
        {
            if (row.GetString("Outcome") is { Length: > 0 } outcome)
            {
                outcomes[row.RowKey] = outcome;
            }
        }

        return outcomes;
    }
}
