using BorderScreening.Application.Audit;
using BorderScreening.Application.CheckPlanning;
using BorderScreening.Application.Observations;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Fieldwork;

/// <summary>
/// The HTTP face of work in the field (issue 21): officers' observations on a case, and
/// multidisciplinary check planning with its inspection findings. Shared by both hosts.
/// </summary>
public sealed class FieldworkApi(ObservationService observations, CheckPlanningService planning, IActorResolver actors)
{
    private const int MaxBodyBytes = 16 * 1024;

    /// <summary>Default period of a check plan, in days.</summary>
    public const int DefaultDays = 30;

    /// <summary>POST /api/review/{jurisdiction}/cases/{caseId}/observations.</summary>
    public Task<IResult> AddObservationsAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithBodyAsync<ObservationRequest>(request, jurisdiction, caseId, async (actor, j, body) =>
            ReviewResults.ToHttp(await observations.AddAsync(actor, j, caseId, body, ct), "case"), ct);

    /// <summary>GET /api/check-planning/{jurisdiction}?days=&amp;format= — JSON, or CSV with format=csv or Accept: text/csv.</summary>
    public Task<IResult> GetPlanAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, null, async (actor, j) =>
        {
            var query = new QueryValues(request);
            var days = query.Integer("days", 1, CheckPlanningService.MaxDays) ?? DefaultDays;
            var format = query.Choice("format", "json", "csv");
            if (query.Problem("The check-planning query is invalid.") is { } problem)
            {
                return problem;
            }

            var result = await planning.PlanAsync(actor, j, days, ct);
            var csv = format == "csv" || (format is null && WantsCsv(request));
            if (!csv || result.Value is not { } plan)
            {
                return ReviewResults.ToHttp(result, "jurisdiction");
            }

            request.HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"check-plan-{j.ToCode()}-{plan.GeneratedAt:yyyyMMdd}.csv\"";
            return Results.Text(CheckPlanCsv.Write(plan), "text/csv; charset=utf-8");
        });

    /// <summary>POST /api/check-planning/{jurisdiction}/findings.</summary>
    public Task<IResult> RecordFindingAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithBodyAsync<InspectionFindingRequest>(request, jurisdiction, null, async (actor, j, body) =>
            ReviewResults.ToHttp(await planning.RecordFindingAsync(actor, j, body, ct), "entity", StatusCodes.Status201Created), ct);

    // CSV only when asked for before JSON: a browser's "*/*" keeps JSON.
    private static bool WantsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept is { Count: > 0 } accept
        && accept.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault()?.MediaType.Value?.Equals("text/csv", StringComparison.OrdinalIgnoreCase) == true;

    // An unknown jurisdiction and one the actor may not review look the same: not found.
    private Task<IResult> WithActorAsync(HttpRequest request, string jurisdiction, string? id, Func<Actor, Jurisdiction, Task<IResult>> action) =>
        JurisdictionScopedRequest.RunAsync(actors, request, jurisdiction, id, (actor, j) => actor.CanReview(j), id is null ? "jurisdiction" : "case", action);

    private Task<IResult> WithBodyAsync<T>(HttpRequest request, string jurisdiction, string? id, Func<Actor, Jurisdiction, T, Task<IResult>> action, CancellationToken ct)
        where T : class =>
        JurisdictionScopedRequest.RunWithBodyAsync(actors, request, jurisdiction, id, (actor, j) => actor.CanReview(j), id is null ? "jurisdiction" : "case", MaxBodyBytes, action, ct);
}
