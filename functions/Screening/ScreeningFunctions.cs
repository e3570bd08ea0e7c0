using BorderScreening.Functions.Http;
using BorderScreening.Http.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Screening;

/// <summary>HTTP triggers of the screening API.</summary>
public sealed class ScreeningFunctions(ScreeningApi api)
{
    /// <summary>POST /api/screenings.</summary>
    [Function(nameof(PostScreenings))]
    public Task<IActionResult> PostScreenings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "screenings")] HttpRequest request,
        CancellationToken cancellationToken) =>
        api.PostScreeningsAsync(request, cancellationToken).AsActionResult();

    /// <summary>GET /api/assessments/{id}.</summary>
    [Function(nameof(GetAssessment))]
    public Task<IActionResult> GetAssessment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assessments/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        api.GetAssessmentAsync(id, cancellationToken).AsActionResult();
}
