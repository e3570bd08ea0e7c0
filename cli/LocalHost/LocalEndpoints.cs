using BorderScreening.Core.Api;
using BorderScreening.Core.Assessments;

namespace BorderScreening.Cli.LocalHost;

/// <summary>
/// The local host's routes: the same methods and paths as the Functions app (a test compares
/// them), each calling the same shared API class. The metadata here feeds the OpenAPI document.
/// </summary>
public static class LocalEndpoints
{
    /// <summary>Maps every API route under /api.</summary>
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Screening");
        api.MapPost("/screenings", (HttpRequest request, ScreeningApi screening, CancellationToken ct) => screening.PostScreeningsAsync(request, ct))
            .WithName("PostScreenings")
            .WithSummary("Screen a JSON record or a batch of records")
            .WithDescription("Valid records are screened even when others in the batch are invalid; a 400 problem then lists the invalid ones with field paths and the results of the rest. Sending a record again returns its stored assessment (status \"duplicate\").")
            .Accepts<ScreeningBatchRequest>("application/json")
            .Produces<ScreeningResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/assessments/{id}", (string id, ScreeningApi screening, CancellationToken ct) => screening.GetAssessmentAsync(id, ct))
            .WithName("GetAssessment")
            .WithSummary("Read one assessment")
            .Produces<Assessment>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/health", (HealthApi health, CancellationToken ct) => health.GetAsync(ct))
            .WithName("GetHealth")
            .WithSummary("Check storage, the hit queue and the model in service")
            .Produces(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
