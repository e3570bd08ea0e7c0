using BorderScreening.Application.Capacity;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Delegations;
using BorderScreening.Application.Review.Agreement;
using BorderScreening.Application.Security;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Supervision;

/// <summary>
/// The supervisors' routes per jurisdiction (part of <c>RouteTable</c>): reports on how review
/// works. Outside the caller's supervised jurisdictions the answer is 404.
/// </summary>
internal static class SupervisionRoutes
{
    private const string Tag = "Supervision";
    private const string Base = "/api/supervision/{jurisdiction}";
    private static readonly RoutePolicy Supervisors = RoutePolicy.InJurisdiction(AppRoles.ReviewSupervisor);

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "ListMyDelegations", Method = "GET", Path = "/api/delegations/mine", Policy = RoutePolicy.AnyOf(AppRoles.CaseWorkers), Tag = Tag,
            Summary = "Case workers: the jurisdictions the caller reviews now through an active delegation (codes), for the page's jurisdiction choice",
            Responses = [RouteResponse.Ok<IReadOnlyList<string>>()],
            Handler = (HttpRequest r, SupervisionApi api, CancellationToken ct) => api.ListMyDelegationsAsync(r, ct),
        },
        new()
        {
            Name = "GetAgreementReport", Method = "GET", Path = Base + "/agreement", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: agreement between own assessments, scores and outcomes per reviewer and month (counts under 10 suppressed; audited)",
            Query =
            [
                RouteQuery.Date("from", "First day of the period (UTC; default 89 days before today)."),
                RouteQuery.Date("to", "Day after the period (UTC; default tomorrow); at most 366 days after from."),
            ],
            Responses = [RouteResponse.Ok<AgreementReport>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, SupervisionApi api, CancellationToken ct) => api.GetAgreementAsync(r, jurisdiction, ct),
        },
        new()
        {
            Name = "ListDelegations", Method = "GET", Path = Base + "/delegations", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: the jurisdiction's review delegations (protocol staffing), active and ended in the last 30 days",
            Responses = [RouteResponse.Ok<IReadOnlyList<DelegationView>>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, SupervisionApi api, CancellationToken ct) => api.ListDelegationsAsync(r, jurisdiction, ct),
        },
        new()
        {
            Name = "GrantDelegation", Method = "POST", Path = Base + "/delegations", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: grant a named reviewer of another service review rights in the jurisdiction for 1 to 744 hours, with a reason (audited; ends by itself)",
            Request = RouteBody.Json<DelegationRequest>(),
            Responses = [RouteResponse.Of<ReviewDelegation>(StatusCodes.Status201Created), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, SupervisionApi api, CancellationToken ct) => api.GrantDelegationAsync(r, jurisdiction, ct),
        },
        new()
        {
            Name = "RevokeDelegation", Method = "POST", Path = Base + "/delegations/{delegationId}/revoke", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: end a delegation early, with a reason (audited)",
            Request = RouteBody.Json<ReasonRequest>(),
            Responses =
            [
                RouteResponse.Ok<DelegationView>(), RouteResponse.Problem(StatusCodes.Status400BadRequest),
                RouteResponse.Problem(StatusCodes.Status404NotFound), RouteResponse.Problem(StatusCodes.Status409Conflict),
            ],
            Handler = (HttpRequest r, string jurisdiction, string delegationId, SupervisionApi api, CancellationToken ct) => api.RevokeDelegationAsync(r, jurisdiction, delegationId, ct),
        },
        new()
        {
            Name = "ListCapacity", Method = "GET", Path = Base + "/capacity", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: review capacity of the next 14 days (set by supervisors, else the configured default)",
            Responses = [RouteResponse.Ok<IReadOnlyList<CapacityDay>>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, SupervisionApi api, CancellationToken ct) => api.ListCapacityAsync(r, jurisdiction, ct),
        },
        new()
        {
            Name = "SetCapacity", Method = "POST", Path = Base + "/capacity", Policy = Supervisors, Tag = Tag,
            Summary = "Supervisor: set the review capacity of one day (today to 60 days ahead), with a reason; the capacity-following threshold uses it (audited)",
            Request = RouteBody.Json<CapacityRequest>(),
            Responses = [RouteResponse.Ok<CapacityDay>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, SupervisionApi api, CancellationToken ct) => api.SetCapacityAsync(r, jurisdiction, ct),
        },
    ];
}
