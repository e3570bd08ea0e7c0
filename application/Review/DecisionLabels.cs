using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Review;

/// <summary>
/// A decision as a training label: the outcome, the reviewer's own assessment and coded reasons,
/// with the catalogue and model versions the record was scored with. No personal data.
/// </summary>
public sealed class DecisionLabels(IAssessmentStore assessments, ILabelStore labels, TimeProvider time)
{
    /// <summary>Writes (or replaces) the label of a decided case; returns its assessment.</summary>
    public async Task<Assessment?> WriteAsync(Actor actor, Jurisdiction jurisdiction, WorklistItem item, DecisionRequest request, CancellationToken cancellationToken)
    {
        var assessment = await assessments.GetAsync(item.AssessmentId, cancellationToken);
        await labels.SaveAsync(
            new DecisionLabel(
                jurisdiction,
                item.CaseId,
                item.AssessmentId,
                request.Outcome.ToString()!,
                LabelFor(request.Outcome!.Value),
                request.OwnAssessment.ToString()!,
                string.Join(',', request.ReasonCodes ?? []),
                actor.Role,
                time.GetUtcNow(),
                assessment?.CatalogueVersion,
                assessment?.ModelVersion),
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
