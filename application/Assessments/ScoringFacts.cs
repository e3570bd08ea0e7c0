using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Assessments;

/// <summary>
/// What a stored assessment says about how its record was scored, as it was then (point in time):
/// the rules-only score, the model features with their schema id, and the audit group (audit-only,
/// never a feature). The server's model evaluation reads these instead of recomputing anything.
/// </summary>
/// <param name="Jurisdiction">The assessment's jurisdiction.</param>
/// <param name="ScreenedAt">When it was screened.</param>
/// <param name="RulesScore">The catalogue's score in [0, 1], before the model was combined with it.</param>
/// <param name="Features">The model features as scored; null when not stored (or cleared by retention).</param>
/// <param name="FeatureSchema">Id of the schema the features follow (first 16 hex digits of its hash).</param>
/// <param name="Group">The audit group; null when not stored.</param>
public sealed record ScoringFacts(Jurisdiction Jurisdiction, DateTimeOffset ScreenedAt, double RulesScore, float[]? Features, string? FeatureSchema, AuditGroup? Group);
