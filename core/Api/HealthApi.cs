using BorderScreening.Core.HitQueues;
using BorderScreening.Core.Records;
using BorderScreening.Core.Scoring;
using BorderScreening.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Core.Api;

/// <summary>GET /api/health: checks storage, the hit queue and the model in service.</summary>
public sealed class HealthApi(StorageTables tables, IHitQueue queue, ScreeningPipeline pipeline)
{
    /// <summary>200 when every check passes, 503 otherwise, with each check's verdict.</summary>
    public async Task<IResult> GetAsync(CancellationToken cancellationToken)
    {
        var checks = new Dictionary<string, string>
        {
            ["storage"] = await CheckAsync(async () =>
            {
                await foreach (var _ in tables.Screenings.QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, cancellationToken: cancellationToken))
                {
                    break;
                }
            }),
            ["hitQueue"] = await CheckAsync(() => queue.CountAsync(Jurisdiction.AW, cancellationToken)),
            ["model"] = pipeline.ModelVersion,
            ["catalogue"] = pipeline.CatalogueVersion,
        };
        var healthy = checks["storage"] == "ok" && checks["hitQueue"] == "ok";
        return Results.Json(
            new { status = healthy ? "healthy" : "unhealthy", checks },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> CheckAsync(Func<Task> check)
    {
        try
        {
            await check();
            return "ok";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception type says enough; its message may carry endpoints.
            return "failing: " + ex.GetType().Name;
        }
    }
}
