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

    /// <summary>Model probability with top contributions.</summary>
    public ModelOutput Model { get; init; } = new();

    /// <summary>Combined risk with components.</summary>
    public RiskResult Risk { get; init; } = new();

    /// <summary>Other cases in this jurisdiction naming the same entities, with outcomes.</summary>
    public IReadOnlyList<LinkedCase> Linked { get; init; } = [];

    /// <summary>What happened to this case so far.</summary>
    public IReadOnlyList<AuditEntry> History { get; init; } = [];
}
