using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;

namespace BorderScreening.Application.Review;

/// <summary>
/// Against automation bias (AI Act art. 14(4)(b)): a reviewer forms a view of the facts before seeing
/// the machine's answer. The score, band, model output and contributions of a case are therefore
/// withheld from a reviewer until that reviewer has recorded their own assessment of it, and the
/// worklist never shows them to reviewers at all (it is ordered by deadline and priority). Supervisors
/// of the jurisdiction see them throughout: they watch queues and the agreement report, not single facts.
/// Applied in the services, so every answer a reviewer gets — the worklist, the case, the result of
/// an action — is blinded, not only the page.
/// </summary>
public static class ScoreBlinding
{
    /// <summary>Whether the actor sees scores in the jurisdiction's worklist (supervisors only).</summary>
    public static bool SeesWorklistScores(Actor actor, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsSupervisorFor(jurisdiction);
    }

    /// <summary>Whether the actor sees the scores of this case: a supervisor, or the reviewer who recorded their own assessment.</summary>
    public static bool SeesCaseScores(Actor actor, Jurisdiction jurisdiction, WorklistItem item)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        return actor.IsSupervisorFor(jurisdiction) || (item.OwnAssessment is not null && item.OwnAssessedBy == actor.Subject);
    }

    /// <summary>A worklist row as the actor may see it.</summary>
    public static WorklistItem ForWorklist(Actor actor, Jurisdiction jurisdiction, WorklistItem item) =>
        SeesWorklistScores(actor, jurisdiction) ? item : Hide(item);

    /// <summary>A case's row as the actor may see it.</summary>
    public static WorklistItem ForCase(Actor actor, Jurisdiction jurisdiction, WorklistItem item) =>
        SeesCaseScores(actor, jurisdiction, item) ? item : Hide(item);

    // Zeroed as well as flagged: the flag leaves the values out of JSON, and a caller in code that
    // ignores the flag still reads nothing of the real score.
    private static WorklistItem Hide(WorklistItem item) => item with { Score = 0, Band = RiskBand.Low, RandomCheck = false, InclusionProbability = null, ScoresHidden = true };
}
