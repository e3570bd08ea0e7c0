using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Health;

/// <summary>The health probe's route (part of <c>RouteTable</c>).</summary>
internal static class HealthRoutes
{
    /// <summary>The routes.</summary>
    public static IReadOnlyList<RouteDefinition> All { get; } =
    [
        new()
        {
            // Probes carry no data.
            Name = "GetHealth", Method = "GET", Path = "/api/health", Policy = RoutePolicy.Anonymous, Tag = "Screening",
            Summary = "Check storage, the hit queue and the model in service",
            Responses = [RouteResponse.Untyped(StatusCodes.Status200OK), RouteResponse.Untyped(StatusCodes.Status503ServiceUnavailable)],
            Handler = (HealthApi health, CancellationToken ct) => health.GetAsync(ct),
        },
    ];
}
