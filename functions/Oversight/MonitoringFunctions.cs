using BorderScreening.Functions.Http;
using BorderScreening.Http.Oversight;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Oversight;

/// <summary>Monitoring reports and alerts for auditors and data scientists.</summary>
public sealed class MonitoringFunctions(MonitoringApi api)
{
    /// <summary>GET /api/monitoring/alerts.</summary>
    [Function(nameof(ListMonitoringAlerts))]
    public Task<IActionResult> ListMonitoringAlerts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "monitoring/alerts")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.GetAlertsAsync(request, cancellationToken).AsActionResult();

    /// <summary>GET /api/monitoring/{jurisdiction}/{day}.</summary>
    [Function(nameof(GetMonitoringReport))]
    public Task<IActionResult> GetMonitoringReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "monitoring/{jurisdiction}/{day}")] HttpRequest request,
        string jurisdiction,
        string day,
        CancellationToken cancellationToken) =>
        api.GetReportAsync(jurisdiction, day, cancellationToken).AsActionResult();
}
