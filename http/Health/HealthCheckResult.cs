using System.Text.Json.Serialization;

namespace BorderScreening.Http.Health;

/// <summary>
/// One dependency's verdict in GET /api/health: status, how long the check took and, when it
/// failed, the exception type only (messages can carry endpoints and account names).
/// </summary>
/// <param name="Status"><c>healthy</c>, <c>degraded</c> (serving, but not as configured for production) or <c>unhealthy</c>.</param>
/// <param name="DurationMs">Wall-clock time of the check.</param>
/// <param name="Error">Exception type name, or <c>timeout</c>.</param>
/// <param name="Version">Model or catalogue version, for those checks.</param>
public sealed record HealthCheckResult(
    string Status,
    double DurationMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Version = null)
{
    /// <summary>Healthy.</summary>
    public const string Healthy = "healthy";

    /// <summary>Serving, but not as production needs (e.g. no model: rules only).</summary>
    public const string Degraded = "degraded";

    /// <summary>Failing.</summary>
    public const string Unhealthy = "unhealthy";
}
