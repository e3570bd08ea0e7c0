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
    ];
}
