using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Review;
using BorderScreening.Application.Security;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Worklist;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Review;

/// <summary>The HTTP face of review, shared by the Functions app and the local host.</summary>
public sealed class ReviewApi(
    WorklistService worklist,
    CaseReviewService cases,
    SnoozeService snoozes,
    IAuditLog audit,
    IActorResolver actors,
    ICallerAccessor callers,
    JurisdictionGrantAudit grants,
    TimeProvider time)
{
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>Largest page number of the worklist: deep enough for any real list, small enough that page × size cannot overflow.</summary>
    public const int MaxPage = 10_000;

    /// <summary>Longest period of an audit query: the audit log's retention (5 years).</summary>
    public const int MaxAuditDays = 5 * 366;

    /// <summary>GET /api/review/{jurisdiction}/cases.</summary>
    public Task<IResult> ListAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, null, async (actor, j) =>
        {
            var q = new QueryValues(request);
            var query = new WorklistQuery
            {
                Status = q.Choice<CaseStatus>("status"),
                Typology = q.Choice<Typology>("typology"),
                Priority = q.Integer("priority", 1, 5),
                DeadlineBefore = q.Instant("deadlineBefore"),
                Sort = q.Choice("sort", "deadline", "priority", "score") ?? "deadline",
                Page = q.Integer("page", 1, MaxPage) ?? 1,
                PageSize = q.Integer("pageSize", 1, 100) ?? 25,
                Continuation = q.Text("continuation", 1024),
            };
            return q.Problem("The worklist query is invalid.") ?? Map(await worklist.ListAsync(actor, j, query, ct));
        });

    /// <summary>GET /api/review/{jurisdiction}/cases/{caseId}.</summary>
    public Task<IResult> GetAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, caseId, async (actor, j) => Map(await cases.GetAsync(actor, j, caseId, ct)));

    /// <summary>POST …/claim.</summary>
    public Task<IResult> ClaimAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, caseId, async (actor, j) => Map(await cases.ClaimAsync(actor, j, caseId, ct)));

    /// <summary>POST …/release.</summary>
    public Task<IResult> ReleaseAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, caseId, async (actor, j) => Map(await cases.ReleaseAsync(actor, j, caseId, ct)));

    /// <summary>POST …/escalate.</summary>
    public Task<IResult> EscalateAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<ReasonRequest>(request, jurisdiction, caseId, async (actor, j, body) => Map(await cases.EscalateAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/own-assessment.</summary>
    public Task<IResult> RecordOwnAssessmentAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<OwnAssessmentRequest>(request, jurisdiction, caseId, async (actor, j, body) => Map(await cases.RecordOwnAssessmentAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/decision.</summary>
    public Task<IResult> DecideAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<DecisionRequest>(request, jurisdiction, caseId, async (actor, j, body) => Map(await cases.DecideAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/reopen.</summary>
    public Task<IResult> ReopenAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<ReasonRequest>(request, jurisdiction, caseId, async (actor, j, body) => Map(await cases.ReopenAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/reassign.</summary>
    public Task<IResult> ReassignAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<ReassignRequest>(request, jurisdiction, caseId, async (actor, j, body) => Map(await cases.ReassignAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/snoozes.</summary>
    public Task<IResult> SnoozeAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<SnoozeRequest>(request, jurisdiction, caseId, async (actor, j, body) => Map(await snoozes.SnoozeAsync(actor, j, caseId, body, ct), StatusCodes.Status201Created), ct);

    /// <summary>GET /api/review/{jurisdiction}/snoozes.</summary>
    public Task<IResult> ListSnoozesAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, null, async (actor, j) => Map(await snoozes.ListSnoozesAsync(actor, j, ct)));

    /// <summary>POST /api/review/{jurisdiction}/snoozes/{snoozeId}/extend.</summary>
    public Task<IResult> ExtendSnoozeAsync(HttpRequest request, string jurisdiction, string snoozeId, CancellationToken ct) =>
        WithBodyAsync<ExtendSnoozeRequest>(request, jurisdiction, snoozeId, async (actor, j, body) => Map(await snoozes.ExtendSnoozeAsync(actor, j, snoozeId, body, ct)), ct);

    /// <summary>DELETE /api/review/{jurisdiction}/snoozes/{snoozeId}.</summary>
    public Task<IResult> LiftSnoozeAsync(HttpRequest request, string jurisdiction, string snoozeId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, snoozeId, async (actor, j) =>
        {
            var result = await snoozes.LiftSnoozeAsync(actor, j, snoozeId, ct);
            return result.Status == ReviewStatus.Ok ? Results.NoContent() : Map(result);
        });

    /// <summary>
    /// GET /api/audit — for auditors: entries of the jurisdictions the auditor reaches, and the
    /// entries of no jurisdiction (catalogue changes) for an auditor who reaches at least one.
    /// </summary>
    public async Task<IResult> QueryAuditAsync(HttpRequest request, CancellationToken ct)
    {
        if (callers.Caller is not { } caller)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        var q = new QueryValues(request);
        var now = time.GetUtcNow();
        var caseId = q.Text("caseId", 100);
        var actor = q.Text("actor", 256);
        var end = q.Instant("to") ?? now;
        var start = q.Instant("from") ?? end.AddDays(-30);
        if (q.Errors.Count == 0 && (end < start || end - start > TimeSpan.FromDays(MaxAuditDays)))
        {
            q.Add("to", $"must be on or after from, at most {MaxAuditDays} days later");
        }

        if (q.Problem("The audit query is invalid.") is { } problem)
        {
            return problem;
        }

        IReadOnlyList<string> auditors = [AppRoles.AuditRead];
        var jurisdictions = caller.JurisdictionsFor(auditors);
        await grants.RecordAsync(caller, auditors, jurisdictions, "QueryAudit", request.HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        var entries = await audit.QueryAsync(caseId, actor, start, end, jurisdictions, includeSystem: jurisdictions.Count > 0, 1000, ct);
        return Results.Json(entries, ScreeningJson.Options);
    }

    // The id in the path (case or snooze), when the route has one: one that cannot be an id is not
    // found, before storage sees it; so are an unknown jurisdiction and one the actor may not review.
    private Task<IResult> WithActorAsync(HttpRequest request, string jurisdiction, string? id, Func<Actor, Jurisdiction, Task<IResult>> action) =>
        JurisdictionScopedRequest.RunAsync(actors, request, jurisdiction, id, (actor, j) => actor.CanReview(j), "case", action);

    private Task<IResult> WithBodyAsync<T>(HttpRequest request, string jurisdiction, string id, Func<Actor, Jurisdiction, T, Task<IResult>> action, CancellationToken ct)
        where T : class =>
        JurisdictionScopedRequest.RunWithBodyAsync(actors, request, jurisdiction, id, (actor, j) => actor.CanReview(j), "case", MaxBodyBytes, action, ct);

    private static IResult Map<T>(ReviewResult<T> result, int okStatus = StatusCodes.Status200OK) =>
        ReviewResults.ToHttp(result, "case", okStatus);
}
