using BorderScreening.Application.Cases;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Application.Security;
using BorderScreening.Application.Signals;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Oversight;

/// <summary>
/// Theme-register signals, statistics and monitoring (part of <c>RouteTable</c>). Signals of
/// referred cases are read by the jurisdiction's case workers (404 elsewhere, SignalService) and
/// re-sent only by supervisors; statistics and monitoring carry figures and group names only.
/// </summary>
internal static class OversightRoutes
{
    private const string Signal = "/api/review/{jurisdiction}/cases/{caseId}/signal";
    private static readonly RoutePolicy CaseWorkers = RoutePolicy.InJurisdiction(RoleGroups.CaseWorkers);

    /// <summary>The routes, in the order of the OpenAPI document.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            Name = "GetSignal", Method = "GET", Path = Signal, Policy = CaseWorkers, Tag = "Signals",
            Summary = "The theme-register signal of a referred case (format: docs/signals.md; audited)",
            Responses = [RouteResponse.Ok<ThemeSignal>(), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, SignalApi api, CancellationToken ct) => api.GetAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "GetSignalHtml", Method = "GET", Path = Signal + "/html", Policy = CaseWorkers, Tag = "Signals",
            Summary = "The signal as a printable HTML page (audited)",
            Responses = [RouteResponse.Untyped(StatusCodes.Status200OK, "text/html"), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, string caseId, SignalApi api, CancellationToken ct) => api.GetHtmlAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            Name = "ResendSignal", Method = "POST", Path = Signal + "/resend", Policy = RoutePolicy.InJurisdiction(AppRoles.ReviewSupervisor), Tag = "Signals",
            Summary = "Supervisor: send the signal again with the same signal id, with a reason (audited)",
            Request = RouteBody.Json<ReasonRequest>(),
            Responses =
            [
                RouteResponse.Of<ResendResponse>(StatusCodes.Status202Accepted), RouteResponse.Problem(StatusCodes.Status400BadRequest),
                RouteResponse.Problem(StatusCodes.Status403Forbidden), RouteResponse.Problem(StatusCodes.Status404NotFound),
            ],
            Handler = (HttpRequest r, string jurisdiction, string caseId, SignalApi api, CancellationToken ct) => api.ResendAsync(r, jurisdiction, caseId, ct),
        },
        new()
        {
            // Counts only, no personal data.
            Name = "GetStatistics", Method = "GET", Path = "/api/statistics/{jurisdiction}", Policy = RoutePolicy.InJurisdiction(AppRoles.AuditRead), Tag = "Statistics",
            Summary = "Auditors of the jurisdiction: figures for records screened in [from, to) (dates yyyy-MM-dd; publication=true suppresses and rounds small counts)",
            Query =
            [
                RouteQuery.Date("from", "First day of the period (UTC).", required: true),
                RouteQuery.Date("to", "Day after the period (UTC); at most 366 days after from.", required: true),
                RouteQuery.Boolean("publication", "Suppress and round small counts for publication (default false)."),
            ],
            Responses = [RouteResponse.Ok<JurisdictionStatistics>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, string jurisdiction, StatisticsApi api, CancellationToken ct) => api.GetAsync(r, jurisdiction, ct),
        },
        new()
        {
            Name = "ListMonitoringAlerts", Method = "GET", Path = "/api/monitoring/alerts", Policy = RoutePolicy.AnyOf(RoleGroups.AlertReaders), Tag = "Monitoring",
            Summary = "Auditors, data scientists and supervisors: monitoring alerts of a period (from, to as yyyy-MM-dd, at most 366 days; optional jurisdiction), of the jurisdictions the caller reaches",
            Query =
            [
                RouteQuery.Date("from", "First day (default: 30 days ago)."),
                RouteQuery.Date("to", "Last day (default: today); at most 365 days after from."),
                RouteQuery.Jurisdiction("jurisdiction", "Only alerts of this jurisdiction."),
            ],
            Responses = [RouteResponse.Ok<IReadOnlyList<MonitoringAlert>>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (HttpRequest r, MonitoringApi api, CancellationToken ct) => api.GetAlertsAsync(r, ct),
        },
        new()
        {
            Name = "GetMonitoringReport", Method = "GET", Path = "/api/monitoring/{jurisdiction}/{day}", Policy = RoutePolicy.InJurisdiction(RoleGroups.FiguresReaders), Tag = "Monitoring",
            Summary = "Auditors and data scientists: the stored monitoring report of a jurisdiction and day (yyyy-MM-dd)",
            Description = "Drift of the risk score and the model features against the training reference (PSI), hit rate per indicator, hit and referral rates per audit group as ratios to the overall rates, the shadow model and shadow indicators against those in service, and the alerts raised.",
            Responses = [RouteResponse.Ok<MonitoringReport>(), RouteResponse.Problem(StatusCodes.Status400BadRequest), RouteResponse.Problem(StatusCodes.Status404NotFound)],
            Handler = (string jurisdiction, string day, MonitoringApi api, CancellationToken ct) => api.GetReportAsync(jurisdiction, day, ct),
        },
    ];
}
