using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Security;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Outcomes;

/// <summary>
/// The partners' route (part of <c>RouteTable</c>): recording what became of a referral. Per
/// jurisdiction for <c>Outcomes.Record</c>; which signals a caller reaches within it is the service's
/// check (only those sent to the partner its binding names; 404 for the rest).
/// </summary>
internal static class PartnerOutcomeRoutes
{
    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "RecordPartnerOutcome", Method = "PUT", Path = "/api/outcomes/{jurisdiction}/signals/{signalId}",
            Policy = RoutePolicy.InJurisdiction(AppRoles.OutcomesRecord), Tag = "Outcomes",
            Summary = "Partner: record what became of a referral sent to it (confirmed-victim, exploitation-found, no-indication, unknown), by signal id only; a later outcome replaces the earlier (audited)",
            Request = RouteBody.Json<OutcomeRequest>(),
            Responses = [RouteResponse.Ok<OutcomeReceipt>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, string signalId, PartnerOutcomeApi api, CancellationToken ct) => api.RecordAsync(r, jurisdiction, signalId, ct),
        },
    ];
}
