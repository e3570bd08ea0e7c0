using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Pipeline;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Health;

/// <summary>
/// GET /api/health: one check per dependency — storage (a one-row table read), the hit queue (a
/// probe of the transport in use) and the model and catalogue in service — each with its status and
/// duration. 503 when a dependency fails; "degraded" (still 200) when the service runs on rules only.
/// The answer names no endpoint, account or secret: failures report the exception type only.
/// </summary>
public sealed class HealthApi(IStorageProbe storageProbe, IHitQueue queue, ScreeningPipeline pipeline, TimeProvider time)
{
    /// <summary>
    /// Upper bound per check: the SDK's retries against an unreachable endpoint take longer, and a
    /// probe that hangs must answer "unhealthy" rather than time out the caller.
    /// </summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>200 when every dependency answers, 503 otherwise, with each check's verdict.</summary>
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        var storage = CheckAsync(storageProbe.ProbeAsync, cancellationToken);
        var hitQueue = CheckAsync(queue.ProbeAsync, cancellationToken);
        var checks = new Dictionary<string, HealthCheckResult>
        {
            ["storage"] = await storage,
            ["hitQueue"] = await hitQueue,
            ["model"] = VersionCheck(pipeline.ModelVersion),
            ["catalogue"] = VersionCheck(pipeline.CatalogueVersion),
        };
        var status = checks.Values.Any(c => c.Status == HealthCheckResult.Unhealthy) ? HealthCheckResult.Unhealthy
            : checks.Values.Any(c => c.Status == HealthCheckResult.Degraded) ? HealthCheckResult.Degraded
            : HealthCheckResult.Healthy;
        return Results.Json(
            new { status, checks },
            statusCode: status == HealthCheckResult.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }

    /// <summary>A version in service; "none" (no model loaded: rules only) is degraded.</summary>
    private HealthCheckResult VersionCheck(string version)
    {
        var started = time.GetTimestamp();
        var status = string.IsNullOrEmpty(version) || version == "none" ? HealthCheckResult.Degraded : HealthCheckResult.Healthy;
        return new HealthCheckResult(status, time.GetElapsedTime(started).TotalMilliseconds, Version: version);
    }

    private async Task<HealthCheckResult> CheckAsync(Func<CancellationToken, Task> check, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(CheckTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await check(linked.Token);
            return new HealthCheckResult(HealthCheckResult.Healthy, Elapsed(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(HealthCheckResult.Unhealthy, Elapsed(started), "timeout");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception type says enough; its message may carry endpoints.
            return new HealthCheckResult(HealthCheckResult.Unhealthy, Elapsed(started), ex.GetType().Name);
        }
    }

    private double Elapsed(long started) => Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1);
}
