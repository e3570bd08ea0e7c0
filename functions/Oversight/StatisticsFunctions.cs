using BorderScreening.Functions.Http;
using BorderScreening.Http.Oversight;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Oversight;

/// <summary>HTTP trigger for auditors' statistics.</summary>
public sealed class StatisticsFunctions(StatisticsApi api)
{
    /// <summary>GET /api/statistics/{jurisdiction}.</summary>
    [Function(nameof(GetStatistics))]
    public Task<IActionResult> GetStatistics([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "statistics/{jurisdiction}")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.GetAsync(request, jurisdiction, cancellationToken).AsActionResult();
}
