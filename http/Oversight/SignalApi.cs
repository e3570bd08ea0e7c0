using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Oversight;

/// <summary>The HTTP face of signals, shared by the Functions app and the local host.</summary>
public sealed class SignalApi(SignalService signals, SignalPartners partners, IActorResolver actors)
{
    private const int MaxBodyBytes = 16 * 1024;

    /// <summary>GET /api/review/{jurisdiction}/cases/{caseId}/signal — the JSON signal.</summary>
    public Task<IResult> GetAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, caseId, async (actor, j) =>
        {
            var result = await signals.GetAsync(actor, j, caseId, ct);
            return result.Status == ReviewStatus.Ok ? Results.Json(result.Value, ScreeningJson.Options) : Problems.NotFound("signal");
        });

    /// <summary>GET /api/review/{jurisdiction}/cases/{caseId}/signals — every signal of the case, one per partner.</summary>
    public Task<IResult> ListAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, caseId, async (actor, j) =>
        {
            var result = await signals.ListAsync(actor, j, caseId, ct);
            return result.Status == ReviewStatus.Ok ? Results.Json(result.Value, ScreeningJson.Options) : Problems.NotFound("signal");
        });

    /// <summary>GET /api/review/{jurisdiction}/signal-partners — the partners a referral in the jurisdiction may go to.</summary>
    public IResult ListPartners(HttpRequest request, string jurisdiction) =>
        actors.Resolve(request.HttpContext) is not { } actor
            ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized")
            : JurisdictionCodes.TryParse(jurisdiction, out var j) && actor.CanReview(j)
                ? Results.Json(partners.For(j), ScreeningJson.Options)
                : Problems.NotFound("jurisdiction");

    /// <summary>GET …/signal/html — the printable rendering.</summary>
    public Task<IResult> GetHtmlAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, caseId, async (actor, j) =>
        {
            var result = await signals.GetAsync(actor, j, caseId, ct);
            return result.Status == ReviewStatus.Ok ? Results.Content(SignalHtml.Render(result.Value!), "text/html; charset=utf-8") : Problems.NotFound("signal");
        });

    /// <summary>POST …/signal/resend — supervisors, body <c>{"reason": "…"}</c>.</summary>
    public Task<IResult> ResendAsync(HttpRequest request, string jurisdiction, string caseId, CancellationToken ct) =>
        // The media type before the path, as the local host's routing answers it (see ReviewApi).
        !RequestBody.HasMediaType(request, "application/json")
            ? Task.FromResult(Problems.UnsupportedMediaType("application/json"))
            : WithActorAsync(request, jurisdiction, caseId, async (actor, j) =>
            {
                var (body, problem) = await JsonRequestBody.ReadAsync<ReasonRequest>(request, MaxBodyBytes, ct);
                if (problem is not null)
                {
                    return problem;
                }

                var result = await signals.ResendAsync(actor, j, caseId, body!, ct);
                return ReviewResults.ToHttp(result, "signal", StatusCodes.Status202Accepted);
            });

    // A case id that cannot be an id is not found, before storage sees it (see RouteIds).
    private async Task<IResult> WithActorAsync(HttpRequest request, string jurisdiction, string caseId, Func<Actor, Jurisdiction, Task<IResult>> action)
    {
        if (actors.Resolve(request.HttpContext) is not { } actor)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        return JurisdictionCodes.TryParse(jurisdiction, out var j) && actor.CanReview(j) && RouteIds.IsPlausible(caseId)
            ? await action(actor, j)
            : Problems.NotFound("signal");
    }
}
