using System.Text.Json;
using Azure.Data.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Auditing;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IScoringFactsReader"/> on the screenings table: one point read of the assessment row
/// ("A|{id}" in its shard partition, see <see cref="TableAssessmentStore"/>), selecting the body and the
/// monitoring columns written beside it.
/// </summary>
public sealed class TableScoringFactsReader(StorageTables tables) : IScoringFactsReader
{
    private static readonly string[] Columns =
        ["Body", MonitoringFacts.AuditGroupColumn, MonitoringFacts.FeaturesColumn, MonitoringFacts.FeatureSchemaColumn];

    /// <inheritdoc />
    public async Task<ScoringFacts?> GetAsync(string assessmentId, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(assessmentId, out var jurisdiction, out var shard))
        {
            return null;
        }

        var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(AssessmentId.PartitionKey(jurisdiction, shard), "A|" + assessmentId, Columns, cancellationToken);
        if (!row.HasValue || row.Value!.GetString("Body") is not { } body || JsonSerializer.Deserialize<Assessment>(body, ScreeningJson.Options) is not { } assessment)
        {
            return null;
        }

        return new ScoringFacts(
            assessment.Jurisdiction,
            assessment.ScreenedAt,
            assessment.Risk.RulesScore,
            MonitoringFacts.DecodeFeatures(row.Value.GetString(MonitoringFacts.FeaturesColumn)),
            row.Value.GetString(MonitoringFacts.FeatureSchemaColumn),
            AuditGroup.Decode(row.Value.GetString(MonitoringFacts.AuditGroupColumn)));
    }
}
