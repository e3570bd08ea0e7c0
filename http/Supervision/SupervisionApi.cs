using BorderScreening.Application.Capacity;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Delegations;
using BorderScreening.Application.Review.Agreement;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Supervision;

/// <summary>The supervisors' reports and settings per jurisdiction, shared by both hosts.</summary>
public sealed class SupervisionApi(AgreementService agreement, DelegationService delegations, CapacityService capacity, IActorResolver actors, IDelegatedReviewAccess delegated, TimeProvider time)
{
    private const int MaxBodyBytes = 16 * 1024;

    /// <summary>GET /api/supervision/{jurisdiction}/capacity — the next 14 days.</summary>
    public Task<IResult> ListCapacityAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, null, async (actor, j) => ReviewResults.ToHttp(await capacity.ListAsync(actor, j, ct), "jurisdiction"));

    /// <summary>POST /api/supervision/{jurisdiction}/capacity — set one day.</summary>
    public Task<IResult> SetCapacityAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithBodyAsync<CapacityRequest>(request, jurisdiction, null, async (actor, j, body) => ReviewResults.ToHttp(await capacity.SetAsync(actor, j, body, ct), "jurisdiction"), ct);

    /// <summary>GET /api/supervision/{jurisdiction}/delegations.</summary>
    public Task<IResult> ListDelegationsAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithActorAsync(request, jurisdiction, null, async (actor, j) => ReviewResults.ToHttp(await delegations.ListAsync(actor, j, ct), "jurisdiction"));

    /// <summary>POST /api/supervision/{jurisdiction}/delegations.</summary>
    public Task<IResult> GrantDelegationAsync(HttpRequest request, string jurisdiction, CancellationToken ct) =>
        WithBodyAsync<DelegationRequest>(request, jurisdiction, null, async (actor, j, body) => ReviewResults.ToHttp(await delegations.GrantAsync(actor, j, body, ct), "jurisdiction", StatusCodes.Status201Created), ct);

    /// <summary>POST /api/supervision/{jurisdiction}/delegations/{delegationId}/revoke.</summary>
    public Task<IResult> RevokeDelegationAsync(HttpRequest request, string jurisdiction, string delegationId, CancellationToken ct) =>
        WithBodyAsync<ReasonRequest>(request, jurisdiction, delegationId, async (actor, j, body) => ReviewResults.ToHttp(await delegations.RevokeAsync(actor, j, delegationId, body, ct), "delegation"), ct);

    /// <summary>
    /// GET /api/delegations/mine — the jurisdictions the caller reviews now through a delegation (the
    /// token does not name them), so the page can offer them; the review routes check again on every call.
    /// </summary>
    public async Task<IResult> ListMyDelegationsAsync(HttpRequest request, CancellationToken ct)
    {
        if (actors.Resolve(request.HttpContext) is not { } actor)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        var active = await delegated.ActiveForAsync(actor.Subject, ct);
        return Results.Json(JurisdictionCodes.All.Where(active.Contains).Select(j => j.ToCode()).ToList());
    }

    /// <summary>GET /api/supervision/{jurisdiction}/agreement?from=yyyy-MM-dd&amp;to=yyyy-MM-dd.</summary>
    public async Task<IResult> GetAgreementAsync(HttpRequest request, string jurisdiction, CancellationToken ct)
    {
        if (actors.Resolve(request.HttpContext) is not { } actor)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        if (!JurisdictionCodes.TryParse(jurisdiction, out var j))
        {
            return Problems.NotFound("jurisdiction");
        }

        var query = new QueryValues(request);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var to = Start(query.Date("to") ?? today.AddDays(1));
        var from = Start(query.Date("from") ?? today.AddDays(-89));
        if (query.Errors.Count == 0 && (to <= from || to - from > AgreementService.MaxPeriod))
        {
            query.Add("to", "must be after from, at most 366 days later");
        }

        return query.Problem("The agreement query is invalid.")
            ?? ReviewResults.ToHttp(await agreement.GetAsync(actor, j, from, to, ct), "jurisdiction");
    }

    private Task<IResult> WithActorAsync(HttpRequest request, string jurisdiction, string? id, Func<Actor, Jurisdiction, Task<IResult>> action) =>
        JurisdictionScopedRequest.RunAsync(actors, request, jurisdiction, id, (actor, j) => actor.IsSupervisorFor(j), id is null ? "jurisdiction" : "delegation", action);

    private Task<IResult> WithBodyAsync<T>(HttpRequest request, string jurisdiction, string? id, Func<Actor, Jurisdiction, T, Task<IResult>> action, CancellationToken ct)
        where T : class =>
        JurisdictionScopedRequest.RunWithBodyAsync(actors, request, jurisdiction, id, (actor, j) => actor.IsSupervisorFor(j), id is null ? "jurisdiction" : "delegation", MaxBodyBytes, action, ct);

    // Days are UTC days: a period [from, to) starts at midnight UTC of each.
    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
