using BorderScreening.Core.Indicators;
using BorderScreening.Core.Risk;
using BorderScreening.Core.Scoring;

namespace BorderScreening.Core.Review;

/// <summary>A page of a worklist.</summary>
/// <param name="Items">The cases of this page.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Page size asked for.</param>
/// <param name="Total">Number of cases matching the filters.</param>
/// <param name="Continuation">Pass as <c>continuation</c> for the next page; null on the last page (and for decided or missed lists).</param>
public sealed record WorklistPage(IReadOnlyList<WorklistItem> Items, int Page, int PageSize, int Total, string? Continuation = null);

/// <summary>Body of a decision.</summary>
/// <param name="OwnAssessment">The reviewer's own view, required before the decision is accepted.</param>
/// <param name="Outcome">The decision.</param>
/// <param name="ReasonCodes">Coded reasons (see docs/review.md).</param>
/// <param name="Note">Free text, at most 2000 characters.</param>
public sealed record DecisionRequest(OwnAssessment? OwnAssessment, ReviewOutcome? Outcome, IReadOnlyList<string>? ReasonCodes, string? Note);

/// <summary>Body of escalate, release, reopen and similar actions that need a reason.</summary>
public sealed record ReasonRequest(string? Reason);

/// <summary>Body of a supervisor's reassignment.</summary>
public sealed record ReassignRequest(string? Reviewer, string? Reason);

/// <summary>Body of a snooze: suppress one indicator for one linked entity of this case.</summary>
public sealed record SnoozeRequest(string? IndicatorId, string? EntityType, string? Reason, int? Days);

/// <summary>Body of a supervisor's snooze extension: the snooze then lasts <paramref name="Days"/> days from now (≤ 180).</summary>
public sealed record ExtendSnoozeRequest(int? Days, string? Reason);

/// <summary>The answer to a claim.</summary>
public sealed record ClaimResponse(string CaseId, string ClaimedBy, DateTimeOffset LeaseUntil);

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

/// <summary>One fact of the record.</summary>
public sealed record RecordField(string Key, string LabelEn, string LabelNl, string Value);

/// <summary>Another case linked through a shared entity.</summary>
public sealed record LinkedCase(string CaseId, string EntityType, CaseStatus Status, string? Outcome, DateTimeOffset ReceivedAt);

/// <summary>One entry of the append-only audit log.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Role, string Action, string? CaseId, string? Jurisdiction, string? Detail, string? Source);
