using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Catalogues;
using BorderScreening.Application.Catalogues.Backtest;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Catalogues;

/// <summary>
/// The HTTP face of catalogue governance (routes under /api/catalogues), shared by the Functions app
/// and the local host. Its routes and who may call them are in <see cref="CatalogueRoutes"/> (Rules.Manage).
/// </summary>
public sealed class CatalogueApi(CatalogueGovernance governance, ICallerAccessor callers, TimeProvider time)
{
    /// <summary>The largest catalogue file accepted (the shipped one is about 60 KiB).</summary>
    public const int MaxCatalogueBytes = 1024 * 1024;

    private const int MaxReasonLength = 1000;

    /// <summary>GET /api/catalogues.</summary>
    public async Task<IResult> ListAsync(CancellationToken ct) =>
        Results.Json(await governance.ListAsync(ct), ScreeningJson.Options);

    /// <summary>POST /api/catalogues: body = the catalogue document.</summary>
    public async Task<IResult> UploadAsync(HttpRequest request, CancellationToken ct)
    {
        if (Actor(request) is not { } actor)
        {
            return Unauthorized();
        }

        if (!RequestBody.HasMediaType(request, "application/json"))
        {
            return Problems.UnsupportedMediaType("application/json");
        }

        if (await RequestBody.ReadAsync(request, MaxCatalogueBytes, ct) is not { } body)
        {
            return Problems.TooLarge(MaxCatalogueBytes);
        }

        return Map(await governance.UploadAsync(actor, body, time.GetUtcNow(), ct), "catalogue");
    }

    /// <summary>POST /api/catalogues/{version}/backtest?records=N&amp;seed=S, or with from, to (and jurisdiction) on stored history.</summary>
    public async Task<IResult> BacktestAsync(HttpRequest request, string version, CancellationToken ct)
    {
        var query = new QueryValues(request);
        var records = query.Integer("records", 1, CatalogueGovernance.MaxBacktestRecords) ?? 5_000;
        var seed = query.Integer("seed", int.MinValue, int.MaxValue) ?? 20261128;
        var from = query.Date("from");
        var to = query.Date("to", required: from is not null);
        var jurisdiction = query.Jurisdiction("jurisdiction");
        if (from is null && (to is not null || jurisdiction is not null))
        {
            query.Add("from", "is required with to and jurisdiction");
        }

        if (query.Problem("The backtest query is invalid.") is { } problem)
        {
            return problem;
        }

        if (!RouteIds.IsPlausible(version))
        {
            return NoSuchVersion();
        }

        if (from is { } start && to is { } end)
        {
            var replayed = await governance.ReplayAsync(version, start, end, jurisdiction is { } j ? [j] : [], records, seed, ct);
            return replayed.Status == CatalogueOutcomeStatus.Ok
                ? Results.Json(BacktestAnswer(replayed.Value.Sample, replayed.Value.Report, replayed.Value.Markdown), ScreeningJson.Options)
                : Map(replayed, "catalogue");
        }

        var outcome = await governance.BacktestAsync(version, records, seed, ct);
        return outcome.Status == CatalogueOutcomeStatus.Ok
            ? Results.Json(BacktestAnswer(outcome.Value.Sample, outcome.Value.Report, outcome.Value.Report.ToMarkdown()), ScreeningJson.Options)
            : Map(outcome, "catalogue");
    }

    /// <summary>POST /api/catalogues/{version}/activate: body {"reason": "..."}.</summary>
    public Task<IResult> ActivateAsync(HttpRequest request, string version, CancellationToken ct) =>
        WithReasonAsync(request, async (actor, reason) => RouteIds.IsPlausible(version)
            ? Map(await governance.ActivateAsync(actor, version, reason, time.GetUtcNow(), ct), "catalogue")
            : NoSuchVersion(), ct);

    /// <summary>POST /api/catalogues/rollback: body {"reason": "..."}.</summary>
    public Task<IResult> RollbackAsync(HttpRequest request, CancellationToken ct) =>
        WithReasonAsync(request, async (actor, reason) => Map(await governance.RollbackAsync(actor, reason, time.GetUtcNow(), ct), "catalogue"), ct);

    // The report's per-jurisdiction dictionaries are keyed by jurisdiction, which the JSON converter
    // cannot write as a property name; the answer lists them instead (and the Markdown has everything).
    internal static object BacktestAnswer(string sample, BacktestReport report, string markdown) => new
    {
        sample,
        report = new
        {
            report.InServiceVersion,
            report.CandidateVersion,
            report.Records,
            report.RecordsWithOutcome,
            report.HitThreshold,
            report.InService,
            report.Candidate,
            report.Jurisdictions,
            Indicators = report.Indicators.Select(i => new { i.Id, i.InServiceStatus, i.CandidateStatus, i.InService, i.Candidate }),
        },
        markdown,
    };

    private async Task<IResult> WithReasonAsync(HttpRequest request, Func<Actor, string, Task<IResult>> action, CancellationToken ct)
    {
        if (Actor(request) is not { } actor)
        {
            return Unauthorized();
        }

        var (body, problem) = await JsonRequestBody.ReadAsync<ReasonRequest>(request, 16 * 1024, ct);
        if (problem is not null)
        {
            return problem;
        }

        var reason = body?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return Problems.Validation([new FieldError("reason", $"is required (1 to {MaxReasonLength} characters): say why the rules change")], "A reason is required.");
        }

        return await action(actor, reason);
    }

    // The audit log names the subject and the role that granted the change, never a name.
    private Actor? Actor(HttpRequest request) => callers.Caller is { } caller
        ? new Actor(caller.Subject, AppRoles.RulesManage, new HashSet<Jurisdiction>(), new HashSet<Jurisdiction>(), request.HttpContext.Connection.RemoteIpAddress?.ToString())
        : null;

    // A version that cannot be one (see RouteIds) is not looked up, and not echoed either.
    internal static IResult NoSuchVersion() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No stored catalogue has this version.", type: Problems.TypeBase + "not-found");

    private static IResult Unauthorized() =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");

    internal static IResult Map<T>(CatalogueOutcome<T> outcome, string what) => outcome.Status switch
    {
        CatalogueOutcomeStatus.Ok => Results.Json(outcome.Value, ScreeningJson.Options),
        CatalogueOutcomeStatus.Created => Results.Json(outcome.Value, ScreeningJson.Options, statusCode: StatusCodes.Status201Created),
        CatalogueOutcomeStatus.Invalid => Problems.Validation(
            outcome.Errors.Select(e => (object)new { indicator = e.IndicatorId, path = e.Path, message = e.Message }),
            outcome.Message ?? "The catalogue is invalid."),
        CatalogueOutcomeStatus.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: outcome.Message ?? $"No such {what}.", type: Problems.TypeBase + "not-found"),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: outcome.Message, type: Problems.TypeBase + "conflict"),
    };
}
