using BorderScreening.Functions.Http;
using BorderScreening.Http.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Health;

/// <summary>Health probe.</summary>
public sealed class HealthFunctions(HealthApi health)
{
    /// <summary>GET /api/health.</summary>
    [Function(nameof(GetHealth))]
    public Task<IActionResult> GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        health.GetAsync(cancellationToken).AsActionResult();
}
