using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Review;
using BorderScreening.Application.Security;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Worklist;
using BorderScreening.Domain.Indicators;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Review;

/// <summary>
/// The reviewers' routes and the audit log (part of <c>RouteTable</c>). Reviewers of the
/// jurisdiction and its supervisors; outside the caller's jurisdictions the answer is 404, and a
/// supervisor-only action by someone who is not a supervisor of that jurisdiction is 403.
/// </summary>
internal static class ReviewRoutes
{
    private const string Tag = "Review";
    private const string Cases = "/api/review/{jurisdiction}/cases";
    private const string Snoozes = "/api/review/{jurisdiction}/snoozes";

    // Per jurisdiction: the security layer answers 404 for a jurisdiction none of the caller's roles
    // reaches and 403 for one they reach without a role of the route (a reviewer calling a supervisor
    // action), before the services check again.
    private static readonly RoutePolicy CaseWorkers = RoutePolicy.InJurisdiction(RoleGroups.CaseWorkers);
    private static readonly RoutePolicy Supervisors = RoutePolicy.InJurisdiction(AppRoles.ReviewSupervisor);

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "ListCases", Method = "GET", Path = Cases, Policy = CaseWorkers, Tag = Tag,
            Summary = "A page of the jurisdiction's worklist (filter, sort, page)",
            Query =
            [
                RouteQuery.Choice<CaseStatus>("status", "Only cases in this state (default: open, claimed and escalated)."),
                RouteQuery.Choice<Typology>("typology", "Only cases with this typology."),
                RouteQuery.Integer("priority", "Only cases of this priority.", 1, 5),
                RouteQuery.DateTime("deadlineBefore", "Only cases due at or before this time."),
                RouteQuery.Choice("sort", "Order of the list (default deadline); score is for supervisors (reviewers never see scores in the worklist).", "deadline", "priority", "score"),
                RouteQuery.Integer("page", "Page number, from 1.", 1, ReviewApi.MaxPage),
                RouteQuery.Integer("pageSize", "Cases per page (default 25).", 1, 100),
                RouteQuery.Text("continuation", "The continuation of the previous page, in the same sort order.", 1024),
            ],
            Responses = [RouteResponse.Ok<WorklistPage>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, ReviewApi api, CancellationToken ct) => api.ListAsync(r, jurisdiction, ct),
        },
        new()
        {
            Name = "GetCase", Method = "GET", Path = Cases + "/{caseId}", Policy = CaseWorkers, Tag = Tag,
            Summary = "A case with facts, indicators, model output, linked cases and history (audited); score, band and model output only once the reviewer recorded their own assessment",
            Responses = [RouteResponse.Ok<CaseDetail>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.GetAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "ClaimCase", Method = "POST", Path = Cases + "/{caseId}/claim", Policy = CaseWorkers, Tag = Tag,
            Summary = "Claim a case under a lease; 409 when another reviewer holds it",
            Responses = [RouteResponse.Ok<ClaimResponse>(), RouteResponse.Problem(StatusCodes.Status409Conflict), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.ClaimAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "ReleaseCase", Method = "POST", Path = Cases + "/{caseId}/release", Policy = CaseWorkers, Tag = Tag,
            Summary = "Give a claimed case back",
            Responses = [RouteResponse.Ok<WorklistItem>(), RouteResponse.Problem(StatusCodes.Status409Conflict)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.ReleaseAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "EscalateCase", Method = "POST", Path = Cases + "/{caseId}/escalate", Policy = CaseWorkers, Tag = Tag,
            Summary = "Escalate a claimed case to a supervisor",
            Request = RouteBody.Json<ReasonRequest>(),
            Responses = [RouteResponse.Ok<WorklistItem>(), RouteResponse.Problem(StatusCodes.Status409Conflict)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.EscalateAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "RecordOwnAssessment", Method = "POST", Path = Cases + "/{caseId}/own-assessment", Policy = CaseWorkers, Tag = Tag,
            Summary = "Record the own assessment of the facts on a claimed case; the score, band and model output are shown to the reviewer only after it",
            Request = RouteBody.Json<OwnAssessmentRequest>(),
            Responses = [RouteResponse.Ok<WorklistItem>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound), RouteResponse.Problem(StatusCodes.Status409Conflict)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.RecordOwnAssessmentAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "DecideCase", Method = "POST", Path = Cases + "/{caseId}/decision", Policy = CaseWorkers, Tag = Tag,
            Summary = "Record the own assessment and the decision",
            Request = RouteBody.Json<DecisionRequest>(),
            Responses = [RouteResponse.Ok<WorklistItem>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status409Conflict)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.DecideAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "ReopenCase", Method = "POST", Path = Cases + "/{caseId}/reopen", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: reopen a decided case with a reason",
            Request = RouteBody.Json<ReasonRequest>(),
            Responses = [RouteResponse.Ok<WorklistItem>(), RouteResponse.Problem(StatusCodes.Status403Forbidden)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.ReopenAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "ReassignCase", Method = "POST", Path = Cases + "/{caseId}/reassign", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: hand a case to a reviewer",
            Request = RouteBody.Json<ReassignRequest>(),
            Responses = [RouteResponse.Ok<WorklistItem>(), RouteResponse.Problem(StatusCodes.Status403Forbidden)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.ReassignAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "SnoozeIndicator", Method = "POST", Path = Cases + "/{caseId}/snoozes", Policy = CaseWorkers, Tag = Tag,
            Summary = "Suppress one indicator for one entity of a reviewed case (≤ 180 days; an indicator that forces review: supervisors of the jurisdiction only, ≤ Review:MaxForcedReviewSnoozeDays, 30 by default)",
            Request = RouteBody.Json<SnoozeRequest>(),
            Responses = [RouteResponse.Of<Snooze>(StatusCodes.Status201Created), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status403Forbidden)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, ReviewApi api, CancellationToken ct) => api.SnoozeAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "ListSnoozes", Method = "GET", Path = Snoozes, Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: active snoozes",
            Responses = [RouteResponse.Ok<IReadOnlyList<Snooze>>()],
            Handler = (HttpRequest r, string jurisdiction, ReviewApi api, CancellationToken ct) => api.ListSnoozesAsync(r, jurisdiction, ct),
        },
        new()
        {
            Name = "ExtendSnooze", Method = "POST", Path = Snoozes + "/{snoozeId}/extend", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: extend an active snooze to a number of days from now (≤ 180; ≤ Review:MaxForcedReviewSnoozeDays, 30 by default, for an indicator that forces review), with a reason",
            Request = RouteBody.Json<ExtendSnoozeRequest>(),
            Responses =
            [
                RouteResponse.Ok<Snooze>(), RouteResponse.Problem(StatusCodes.Status400BadRequest),
                RouteResponse.Problem(StatusCodes.Status403Forbidden), RouteResponse.Problem(StatusCodes.Status404NotFound),
                RouteResponse.Problem(StatusCodes.Status409Conflict),
            ],
            Handler = (HttpRequest r, string jurisdiction, string snoozeId, ReviewApi api, CancellationToken ct) => api.ExtendSnoozeAsync(r, jurisdiction, snoozeId, ct),
        },
        new()
        {
            Name = "LiftSnooze", Method = "DELETE", Path = Snoozes + "/{snoozeId}", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: lift a snooze",
            Responses =
            [
                RouteResponse.Untyped(StatusCodes.Status204NoContent), RouteResponse.Problem(StatusCodes.Status403Forbidden),
                RouteResponse.Problem(StatusCodes.Status404NotFound), RouteResponse.Problem(StatusCodes.Status409Conflict),
            ],
            Handler = (HttpRequest r, string jurisdiction, string snoozeId, ReviewApi api, CancellationToken ct) => api.LiftSnoozeAsync(r, jurisdiction, snoozeId, ct),
        },
        new()
        {
            Name = "QueryAudit", Method = "GET", Path = "/api/audit", Policy = RoutePolicy.AnyOf(AppRoles.AuditRead), Tag = "Audit",
            Summary = "Auditors: query the audit log (caseId, actor, from, to)",
            Query =
            [
                RouteQuery.Text("caseId", "Only entries of this case.", 100),
                RouteQuery.Text("actor", "Only entries of this actor (token subject).", 256),
                RouteQuery.DateTime("from", "Start of the period (default: 30 days before its end)."),
                RouteQuery.DateTime("to", $"End of the period (default: now); at most {ReviewApi.MaxAuditDays} days after from."),
            ],
            Responses = [RouteResponse.Ok<IReadOnlyList<AuditEntry>>()],
            Handler = (HttpRequest r, ReviewApi api, CancellationToken ct) => api.QueryAuditAsync(r, ct),
        },
    ];
}
