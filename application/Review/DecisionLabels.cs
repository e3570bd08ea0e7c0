using Azure.Data.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Review;

/// <summary>
/// A decision as a training label: the outcome, the reviewer's own assessment and coded reasons,
/// with the catalogue and model versions the record was scored with. No personal data.
/// </summary>
public sealed class DecisionLabels(AssessmentStore assessments, StorageTables tables, TimeProvider time)
{
    /// <summary>Writes (or replaces) the label of a decided case; returns its assessment.</summary>
    public async Task<Assessment?> WriteAsync(Actor actor, Jurisdiction jurisdiction, WorklistItem item, DecisionRequest request, CancellationToken cancellationToken)
    {
        var assessment = await assessments.GetAsync(item.AssessmentId, cancellationToken);
        await tables.Labels.UpsertEntityAsync(
            new TableEntity(jurisdiction.ToCode(), item.CaseId)
            {
                ["AssessmentId"] = item.AssessmentId,
                ["Outcome"] = request.Outcome.ToString(),
                ["Label"] = LabelFor(request.Outcome!.Value),
                ["OwnAssessment"] = request.OwnAssessment.ToString(),
                ["ReasonCodes"] = string.Join(',', request.ReasonCodes ?? []),
                ["ReviewerRole"] = actor.Role,
                ["DecidedAt"] = time.GetUtcNow(),
                ["CatalogueVersion"] = assessment?.CatalogueVersion,
                ["ModelVersion"] = assessment?.ModelVersion,
            },
            TableUpdateMode.Replace,
            cancellationToken);
        return assessment;
    }

    /// <summary>Maps an outcome to a training label: referrals 1, no concern 0, insufficient information none.</summary>
    public static int? LabelFor(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.NoConcern => 0,
        ReviewOutcome.InsufficientInformation => null,
        _ => 1,
    };
}
