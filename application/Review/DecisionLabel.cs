using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Review;

/// <summary>
/// A reviewer's decision as a training label, kept per case: no personal data, only ids, codes and the
/// versions the record was scored with.
/// </summary>
/// <param name="Jurisdiction">The case's jurisdiction.</param>
/// <param name="CaseId">The case.</param>
/// <param name="AssessmentId">The assessment the case was made from.</param>
/// <param name="Outcome">The decision's outcome.</param>
/// <param name="Label">1 (referral), 0 (no concern) or null (insufficient information).</param>
/// <param name="OwnAssessment">The reviewer's own assessment, made before the decision.</param>
/// <param name="ReasonCodes">Coded reasons, comma-separated.</param>
/// <param name="ReviewerRole">The role the reviewer decided under.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="CatalogueVersion">Catalogue the record was scored with.</param>
/// <param name="ModelVersion">Model the record was scored with.</param>
/// <param name="Reviewer">Subject id of the reviewer (for the supervisors' agreement report; never exported for training).</param>
/// <param name="Band">The case's risk band when it was decided (for the agreement report).</param>
/// <param name="RandomCheck">Whether the case was a random check of a record nobody flagged.</param>
/// <param name="InclusionProbability">Probability the record had of being reviewed (null read as 1: a hit).</param>
public sealed record DecisionLabel(
    Jurisdiction Jurisdiction,
    string CaseId,
    string AssessmentId,
    string Outcome,
    int? Label,
    string OwnAssessment,
    string ReasonCodes,
    string ReviewerRole,
    DateTimeOffset DecidedAt,
    string? CatalogueVersion,
    string? ModelVersion,
    string? Reviewer = null,
    string? Band = null,
    bool RandomCheck = false,
    double? InclusionProbability = null)
{
    /// <summary>
    /// Outcome prefix of a label that comes from an inspection finding against an entity the record
    /// names (check planning), not from a reviewer's decision: exported for training, left out of the
    /// reviewers' agreement report.
    /// </summary>
    public const string InspectionPrefix = "Inspection:";

    /// <summary>Whether the label comes from an inspection finding.</summary>
    public bool IsInspection => Outcome.StartsWith(InspectionPrefix, StringComparison.Ordinal);
}
