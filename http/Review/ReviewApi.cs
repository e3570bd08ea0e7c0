using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
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

    /// <summary>GET /api/review/{jurisdiction}/cases.</summary>
    public Task<IResult> ListAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, async (actor, j) =>
        {
            var q = request.Query;
            var errors = new List<FieldError>();
            CaseStatus? status = null;
            Typology? typology = null;
            int? priority = null;
            DateTimeOffset? deadlineBefore = null;
            if (q.TryGetValue("status", out var s) && !string.IsNullOrEmpty(s))
            {
                status = Enum.TryParse<CaseStatus>(s, true, out var v) ? v : Error<CaseStatus>(errors, "status", "is not a case status");
            }

            if (q.TryGetValue("typology", out var t) && !string.IsNullOrEmpty(t))
            {
                typology = Enum.TryParse<Typology>(t, true, out var v) ? v : Error<Typology>(errors, "typology", "is not a typology");
            }

            if (q.TryGetValue("priority", out var p) && !string.IsNullOrEmpty(p))
            {
                priority = int.TryParse(p, out var v) && v is >= 1 and <= 5 ? v : Error<int>(errors, "priority", "must be 1 to 5");
            }

            if (q.TryGetValue("deadlineBefore", out var d) && !string.IsNullOrEmpty(d))
            {
                deadlineBefore = DateTimeOffset.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var v) ? v : Error<DateTimeOffset>(errors, "deadlineBefore", "is not a date and time");
            }

            var sort = q.TryGetValue("sort", out var so) && !string.IsNullOrEmpty(so) ? so.ToString() : "deadline";
            if (sort is not ("deadline" or "priority" or "score"))
            {
                errors.Add(new FieldError("sort", "must be deadline, priority or score"));
            }

            var page = q.TryGetValue("page", out var pg) && int.TryParse(pg, out var pv) ? pv : 1;
            var pageSize = q.TryGetValue("pageSize", out var ps) && int.TryParse(ps, out var psv) ? psv : 25;
            if (page < 1 || pageSize is < 1 or > 100)
            {
                errors.Add(new FieldError("page", "page must be ≥ 1 and pageSize 1 to 100"));
            }

            var continuation = q.TryGetValue("continuation", out var c) && !string.IsNullOrEmpty(c) ? c.ToString() : null;
            if (errors.Count > 0)
            {
                return Problems.Validation(errors, "The worklist query is invalid.");
            }

            return Map(await worklist.ListAsync(actor, j, new WorklistQuery { Status = status, Typology = typology, Priority = priority, DeadlineBefore = deadlineBefore, Sort = sort, Page = page, PageSize = pageSize, Continuation = continuation }, ct));
        });

    /// <summary>GET /api/review/{jurisdiction}/cases/{caseId}.</summary>
    public Task<IResult> GetAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, async (actor, j) => Map(await cases.GetAsync(actor, j, caseId, ct)));

    /// <summary>POST …/claim.</summary>
    public Task<IResult> ClaimAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, async (actor, j) => Map(await cases.ClaimAsync(actor, j, caseId, ct)));

    /// <summary>POST …/release.</summary>
    public Task<IResult> ReleaseAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, async (actor, j) => Map(await cases.ReleaseAsync(actor, j, caseId, ct)));

    /// <summary>POST …/escalate.</summary>
    public Task<IResult> EscalateAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<ReasonRequest>(request, jurisdiction, async (actor, j, body) => Map(await cases.EscalateAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/decision.</summary>
    public Task<IResult> DecideAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<DecisionRequest>(request, jurisdiction, async (actor, j, body) => Map(await cases.DecideAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/reopen.</summary>
    public Task<IResult> ReopenAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<ReasonRequest>(request, jurisdiction, async (actor, j, body) => Map(await cases.ReopenAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/reassign.</summary>
    public Task<IResult> ReassignAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<ReassignRequest>(request, jurisdiction, async (actor, j, body) => Map(await cases.ReassignAsync(actor, j, caseId, body, ct)), ct);

    /// <summary>POST …/snoozes.</summary>
    public Task<IResult> SnoozeAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<SnoozeRequest>(request, jurisdiction, async (actor, j, body) => Map(await snoozes.SnoozeAsync(actor, j, caseId, body, ct), StatusCodes.Status201Created), ct);

    /// <summary>GET /api/review/{jurisdiction}/snoozes.</summary>
    public Task<IResult> ListSnoozesAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, async (actor, j) => Map(await snoozes.ListSnoozesAsync(actor, j, ct)));

    /// <summary>POST /api/review/{jurisdiction}/snoozes/{snoozeId}/extend.</summary>
    public Task<IResult> ExtendSnoozeAsync(HttpRequest request, string jurisdiction, string snoozeId, CancellationToken ct) =>
        WithBodyAsync<ExtendSnoozeRequest>(request, jurisdiction, async (actor, j, body) => Map(await snoozes.ExtendSnoozeAsync(actor, j, snoozeId, body, ct)), ct);

    /// <summary>DELETE /api/review/{jurisdiction}/snoozes/{snoozeId}.</summary>
    public Task<IResult> LiftSnoozeAsync(HttpRequest request, string jurisdiction, string snoozeId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, async (actor, j) =>
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

        IReadOnlyList<string> auditors = [AppRoles.AuditRead];
        var jurisdictions = caller.JurisdictionsFor(auditors);
        await grants.RecordAsync(caller, auditors, jurisdictions, "QueryAudit", request.HttpContext.Connection.RemoteIpAddress?.ToString(), ct);

        var q = request.Query;
        var now = time.GetUtcNow();
        var from = q.TryGetValue("from", out var f) && DateTimeOffset.TryParse(f, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var fv) ? fv : now.AddDays(-30);
        var to = q.TryGetValue("to", out var t) && DateTimeOffset.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var tv) ? tv : now;
        var entries = await audit.QueryAsync(q["caseId"].ToString(), q["actor"].ToString(), from, to, jurisdictions, includeSystem: jurisdictions.Count > 0, 1000, ct);
        return Results.Json(entries, ScreeningJson.Options);
    }

    private async Task<IResult> WithActorAsync(HttpRequest request, string jurisdiction, Func<Actor, Jurisdiction, Task<IResult>> action)
    {
        if (actors.Resolve(request.HttpContext) is not { } actor)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        // An unknown jurisdiction and one the actor may not see look the same: not found.
        return JurisdictionCodes.TryParse(jurisdiction, out var j) && actor.CanReview(j)
            ? await action(actor, j)
            : Problems.NotFound("case");
    }

    private Task<IResult> WithBodyAsync<T>(HttpRequest request, string jurisdiction, Func<Actor, Jurisdiction, T, Task<IResult>> action, CancellationToken ct)
        where T : class =>
        WithActorAsync(request, jurisdiction, async (actor, j) =>
        {
            var (body, problem) = await JsonRequestBody.ReadAsync<T>(request, MaxBodyBytes, ct);
            return problem ?? await action(actor, j, body!);
        });

    private static IResult Map<T>(ReviewResult<T> result, int okStatus = StatusCodes.Status200OK) =>
        ReviewResults.ToHttp(result, "case", okStatus);

    private static T? Error<T>(List<FieldError> errors, string path, string message)
        where T : struct
    {
        errors.Add(new FieldError(path, message));
        return null;
    }
}
