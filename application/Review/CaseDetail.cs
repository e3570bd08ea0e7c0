using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Application.Review;

/// <summary>Everything a reviewer sees on one case, facts first.</summary>
public sealed record CaseDetail
{
    /// <summary>Worklist state.</summary>
    public WorklistItem Case { get; init; } = new();

    /// <summary>The record fields a reviewer needs, as label → value, in reading order.</summary>
    public IReadOnlyList<RecordField> Facts { get; init; } = [];

    /// <summary>Indicators that fired, with explanations and sources.</summary>
    public IReadOnlyList<FiredIndicator> Indicators { get; init; } = [];

    /// <summary>Indicators that could not be evaluated and why.</summary>
    public IReadOnlyList<NotEvaluatedIndicator> NotEvaluated { get; init; } = [];

    /// <summary>Model probability with top contributions; null while the scores are hidden from this reviewer.</summary>
    public ModelOutput? Model { get; init; }

    /// <summary>Combined risk with components; null while the scores are hidden from this reviewer.</summary>
    public RiskResult? Risk { get; init; }

    /// <summary>
    /// True while the reviewer has not recorded their own assessment: score, band, model output and
    /// contributions are left out (see <see cref="ScoreBlinding"/>).
    /// </summary>
    public bool ScoresHidden { get; init; }

    /// <summary>
    /// When the case's record has more than one version (a correction, a recount, an officer's
    /// observations): the version before the current one and what changed; null for a first version.
    /// </summary>
    public AssessmentChange? Change { get; init; }

    /// <summary>Other cases in this jurisdiction naming the same entities, with outcomes.</summary>
    public IReadOnlyList<LinkedCase> Linked { get; init; } = [];

    /// <summary>What happened to this case so far.</summary>
    public IReadOnlyList<AuditEntry> History { get; init; } = [];
}
