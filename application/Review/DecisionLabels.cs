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
    /// <exception cref="ArgumentOutOfRangeException">The outcome or own assessment is missing or not a declared value (nothing is written).</exception>
    public async Task<Assessment?> WriteAsync(Actor actor, Jurisdiction jurisdiction, WorklistItem item, DecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(request);
        // Defence in depth: the HTTP layer and CaseReviewService refuse these first. A label written
        // from a number cast to ReviewOutcome would teach the model whatever the number happened to map to.
        if (request.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(request), "A label needs a declared outcome.");
        }

        if (request.OwnAssessment is not { } own || !Enum.IsDefined(own))
        {
            throw new ArgumentOutOfRangeException(nameof(request), "A label needs a declared own assessment.");
        }

        var assessment = await assessments.GetAsync(item.AssessmentId, cancellationToken);
        await labels.SaveAsync(
            new DecisionLabel(
                jurisdiction,
                item.CaseId,
                item.AssessmentId,
                outcome.ToString(),
                LabelFor(outcome),
                own.ToString(),
                string.Join(',', request.ReasonCodes ?? []),
                actor.Role,
                time.GetUtcNow(),
                assessment?.CatalogueVersion,
                assessment?.ModelVersion,
                actor.Subject,
                item.Band.ToString(),
                item.RandomCheck,
                item.InclusionProbability),
            cancellationToken);
        return assessment;
    }

    /// <summary>
    /// Maps an outcome to a training label: the three referrals 1, no concern 0, insufficient
    /// information none — and none for anything that is not a declared outcome, so an unknown value
    /// can never become a positive example.
    /// </summary>
    public static int? LabelFor(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.NoConcern => 0,
        ReviewOutcome.ReferCriminalInvestigation or ReviewOutcome.ReferVictimSupport or ReviewOutcome.ReferLabourInspection => 1,
        _ => null,
    };
}
