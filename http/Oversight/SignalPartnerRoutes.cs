using BorderScreening.Application.Signals;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Oversight;

/// <summary>
/// Several partners per referral (part of <c>RouteTable</c>): the partners a jurisdiction sends to,
/// and every signal of a case. The jurisdiction's case workers; 404 elsewhere.
/// </summary>
internal static class SignalPartnerRoutes
{
    private static readonly RoutePolicy CaseWorkers = RoutePolicy.InJurisdiction(RoleGroups.CaseWorkers);

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "ListSignalPartners", Method = "GET", Path = "/api/review/{jurisdiction}/signal-partners", Policy = CaseWorkers, Tag = "Signals",
            Summary = "The partners a referral in the jurisdiction may be sent to (configured per jurisdiction: the theme register where one exists, the partners the country names)",
            Responses = [RouteResponse.Ok<IReadOnlyList<SignalPartner>>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, SignalApi api) => api.ListPartners(r, jurisdiction),
        },
        new()
        {
            Name = "ListSignals", Method = "GET", Path = "/api/review/{jurisdiction}/cases/{caseId}/signals", Policy = CaseWorkers, Tag = "Signals",
            Summary = "Every signal of a referred case, one per partner (audited)",
            Responses = [RouteResponse.Ok<IReadOnlyList<ThemeSignal>>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, SignalApi api, CancellationToken ct) => api.ListAsync(r, jurisdiction, caseId, ct),
        },
    ];
}
