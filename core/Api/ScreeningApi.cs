using BorderScreening.Core.Assessments;
using BorderScreening.Core.Feeds;
using BorderScreening.Core.Feeds.Json;
using BorderScreening.Core.Screening;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BorderScreening.Core.Api;

/// <summary>
/// The HTTP face of screening, shared by the Functions app and the local host so that a client
/// cannot tell them apart. Each method adapts a request to one application service call.
/// </summary>
public sealed class ScreeningApi(
    JsonRecordReader jsonReader,
    ScreeningService screening,
    AssessmentStore assessments,
    IOptions<FeedLimits> limits,
    TimeProvider time)
{
    /// <summary>POST /api/screenings — a JSON record, array or {"records": [...]} batch.</summary>
    public async Task<IResult> PostScreeningsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!RequestBody.HasMediaType(request, "application/json"))
        {
            return Problems.UnsupportedMediaType("application/json");
        }

        var body = await RequestBody.ReadAsync(request, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problems.TooLarge(limits.Value.MaxBodyBytes);
        }

        var batch = jsonReader.Read(body, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return await ScreenAsync(batch, cancellationToken);
    }

    /// <summary>Screens a parsed batch and answers per record (shared by every feed format).</summary>
    public async Task<IResult> ScreenAsync(ParsedBatch batch, CancellationToken cancellationToken)
    {
        if (batch.IsUnreadable)
        {
            return Problems.Validation(batch.Errors, "Nothing could be read from the request.");
        }

        var result = await screening.ScreenAsync(batch, cancellationToken);
        var results = result.Records
            .Select(r => new RecordOutcome(r.Index, r.AssessmentId, r.Status, r.Assessment, r.Warnings.Count > 0 ? r.Warnings : null))
            .ToList();

        if (result.Rejected == 0 && result.Errors.Count == 0)
        {
            return Results.Json(new ScreeningResponse(result.Accepted, 0, results), ScreeningJson.Options);
        }

        // RFC 7807 for the invalid records; the valid ones of the same batch were screened and are
        // listed too, so the sender knows what went through.
        var errors = result.Records
            .SelectMany(r => r.Errors.Select(e => (object)new { index = r.Index, path = e.Path, message = e.Message }))
            .Concat(result.Errors.Select(e => (object)new { index = (int?)null, path = e.Path, message = e.Message }));
        return Problems.Validation(
            errors,
            $"{result.Rejected} of {result.Records.Count} records were rejected; {result.Accepted} were screened.",
            new Dictionary<string, object?> { ["accepted"] = result.Accepted, ["rejected"] = result.Rejected, ["results"] = results });
    }

    /// <summary>GET /api/assessments/{id}.</summary>
    public async Task<IResult> GetAssessmentAsync(string id, CancellationToken cancellationToken)
    {
        var assessment = await assessments.GetAsync(id, cancellationToken);
        return assessment is null ? Problems.NotFound("assessment") : Results.Json(assessment, ScreeningJson.Options);
    }
}
