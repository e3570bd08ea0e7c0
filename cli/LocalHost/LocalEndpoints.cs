using BorderScreening.Core.Api;

namespace BorderScreening.Cli.LocalHost;

/// <summary>
/// The local host's routes: the same methods and paths as the Functions app (a test compares
/// them), each calling the same shared API class.
/// </summary>
public static class LocalEndpoints
{
    /// <summary>Maps every API route under /api.</summary>
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/screenings", (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostScreeningsAsync(request, ct))
            .WithName("PostScreenings").WithSummary("Screen a JSON record or batch");
        api.MapGet("/assessments/{id}", (string id, ScreeningApi screening, CancellationToken ct) => screening.GetAssessmentAsync(id, ct))
            .WithName("GetAssessment").WithSummary("Read one assessment");
        api.MapGet("/health", (HealthApi health, CancellationToken ct) => health.GetAsync(ct))
            .WithName("GetHealth").WithSummary("Check storage, queue and model");
        return app;
    }
}
