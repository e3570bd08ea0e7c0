using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Feeds.Pnrgov;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BorderScreening.Http.Screening;

/// <summary>
/// The HTTP face of screening, shared by the Functions app and the local host so that a client
/// cannot tell them apart. Each method adapts a request to one application service call.
/// </summary>
public sealed class ScreeningApi(
    JsonRecordReader jsonReader,
    PaxlstReader paxlstReader,
    WorkPermitCsvReader csvReader,
    ScreeningService screening,
    IAssessmentStore assessments,
    IOptions<FeedLimits> limits,
    IIdempotencyStore idempotency,
    TimeProvider time,
    ICallerAccessor callers,
    FeedSources feeds,
    JurisdictionGrantAudit grants,
    PnrgovReader pnrgovReader,
    Pseudonymiser pseudonymiser)
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

        return await IdempotentAsync(request, body, () => ScreenAsync(jsonReader.Read(body, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), cancellationToken), cancellationToken);
    }

    /// <summary>POST /api/feeds/paxlst?sourceSystem=…[&amp;jurisdiction=…] — a UN/EDIFACT PAXLST interchange.</summary>
    public Task<IResult> PostPaxlstAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadFeedAsync(request, ["application/edifact", "text/plain"], (text, source, jurisdiction, today) =>
            paxlstReader.Read(text, new PaxlstReadOptions { SourceSystem = source, Jurisdiction = jurisdiction, Today = today, Limits = limits.Value }), cancellationToken);

    /// <summary>POST /api/feeds/pnrgov?sourceSystem=…[&amp;jurisdiction=…] — a UN/EDIFACT PNRGOV interchange (PNR push).</summary>
    public Task<IResult> PostPnrgovAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadFeedAsync(request, ["application/edifact", "text/plain"], (text, source, jurisdiction, today) =>
            pnrgovReader.Read(text, new PnrgovReadOptions { SourceSystem = source, Jurisdiction = jurisdiction, Today = today, Limits = limits.Value, Cards = pseudonymiser }), cancellationToken);

    /// <summary>POST /api/feeds/work-permits?sourceSystem=…[&amp;jurisdiction=…] — a CSV batch of permit applications.</summary>
    public Task<IResult> PostWorkPermitCsvAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadFeedAsync(request, ["text/csv"], (text, source, jurisdiction, today) =>
            csvReader.Read(text, new WorkPermitCsvReadOptions { SourceSystem = source, Jurisdiction = jurisdiction, Today = today, Limits = limits.Value }), cancellationToken);

    private async Task<IResult> ReadFeedAsync(
        HttpRequest request,
        string[] mediaTypes,
        Func<string, string, Jurisdiction?, DateOnly, ParsedBatch> read,
        CancellationToken cancellationToken)
    {
        // The query first, then the body: a sender learns about a missing sourceSystem before
        // anything is read.
        var query = new QueryValues(request);
        var source = query.Text("sourceSystem", 64);
        if (string.IsNullOrWhiteSpace(source) && query.Errors.Count == 0)
        {
            query.Add("sourceSystem", "query parameter is required (at most 64 characters): it makes record identities, so retries are recognised");
        }

        var jurisdiction = query.Jurisdiction("jurisdiction");
        if (query.Problem("The feed request is incomplete.") is { } problem)
        {
            return problem;
        }

        if (!RequestBody.HasMediaType(request, mediaTypes))
        {
            return Problems.UnsupportedMediaType(string.Join(" or ", mediaTypes));
        }

        var body = await RequestBody.ReadAsync(request, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Problems.TooLarge(limits.Value.MaxBodyBytes);
        }

        return await IdempotentAsync(
            request,
            body,
            () => ScreenAsync(read(FeedText.Decode(body), source!, jurisdiction, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Honours an <c>Idempotency-Key</c> header: replays the stored answer for the same key and body,
    /// refuses the key with another body (422), and otherwise screens and stores the answer.
    /// </summary>
    private async Task<IResult> IdempotentAsync(HttpRequest request, byte[] body, Func<Task<IResult>> screen, CancellationToken cancellationToken)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await screen();
        }

        if (key.Length > 128 || key.Any(char.IsControl))
        {
            return Problems.Validation([new FieldError("Idempotency-Key", "must be at most 128 printable characters")], "The Idempotency-Key header is invalid.");
        }

        var caller = callers.Caller?.Subject ?? "anonymous";
        if (await idempotency.FindAsync(caller, key, body, cancellationToken) is { } stored)
        {
            if (!stored.BodyMatches)
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "Idempotency-Key reused",
                    detail: "This key was used with a different body in the last 24 hours; use a new key for a new batch.",
                    type: Problems.TypeBase + "idempotency-key-reused");
            }

            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
            return new BufferedResult(stored.Status, stored.ContentType, stored.Body);
        }

        var (status, contentType, answer) = await BufferAsync(await screen(), request.HttpContext.RequestServices);
        await idempotency.SaveAsync(caller, key, body, status, contentType, answer, cancellationToken);
        return new BufferedResult(status, contentType, answer);
    }

    private static async Task<(int Status, string ContentType, byte[] Body)> BufferAsync(IResult result, IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.ContentType ?? "application/json", buffer.ToArray());
    }

    /// <summary>Screens a parsed batch and answers per record (shared by every feed format).</summary>
    public async Task<IResult> ScreenAsync(ParsedBatch batch, CancellationToken cancellationToken)
    {
        if (batch.IsUnreadable)
        {
            return Problems.Validation(batch.Errors, "Nothing could be read from the request.");
        }

        if (callers.Caller is not { } caller || feeds.For(caller) is not { } source)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not a known feed",
                detail: "No feed binding names this caller, so it may send no records (see docs/security.md, feed bindings).",
                type: Problems.TypeBase + "no-feed-binding");
        }

        var result = await screening.ScreenAsync(batch, source, cancellationToken);
        // A feed that sent for a jurisdiction only through the all-countries grant leaves a trace there.
        await grants.RecordAsync(caller, [AppRoles.FeedSubmit], result.Records.Where(r => r.Assessment is not null).Select(r => r.Assessment!.Jurisdiction), "Screen", null, cancellationToken);
        var results = result.Records
            .Select(r => new RecordOutcome(r.Index, r.AssessmentId, r.Status, r.Assessment, r.Warnings.Count > 0 ? r.Warnings : null))
            .ToList();

        if (result.Rejected == 0 && result.Errors.Count == 0)
        {
            return Results.Json(new ScreeningResponse(result.Accepted, 0, results), ScreeningJson.Options);
        }

        // RFC 7807 for the invalid or refused records; the valid ones of the same batch were screened
        // and are listed too, so the sender knows what went through.
        var errors = result.Records
            .SelectMany(r => r.Errors.Select(e => (object)new { index = r.Index, path = e.Path, message = e.Message }))
            .Concat(result.Errors.Select(e => (object)new { index = (int?)null, path = e.Path, message = e.Message }));
        var detail = $"{result.Rejected} of {result.Records.Count} records were rejected; {result.Accepted} were screened.";
        var extra = new Dictionary<string, object?> { ["accepted"] = result.Accepted, ["rejected"] = result.Rejected, ["results"] = results };
        return result.Records.Any(r => r.Status == "forbidden")
            ? Problems.ForbiddenRecords(errors, detail, extra)
            : Problems.Validation(errors, detail, extra);
    }

    /// <summary>GET /api/assessments/{id}.</summary>
    public async Task<IResult> GetAssessmentAsync(string id, CancellationToken cancellationToken)
    {
        var assessment = await assessments.GetAsync(id, cancellationToken);
        // Sovereign review: another jurisdiction's assessment is answered as if it did not exist.
        if (assessment is null || callers.Caller is not { } caller || !caller.CanReadAssessment(assessment.Jurisdiction))
        {
            return Problems.NotFound("assessment");
        }

        await grants.RecordAsync(caller, AppRoles.AssessmentReaders, [assessment.Jurisdiction], "GetAssessment", null, cancellationToken);
        // A caller who reads it only as a reviewer gets it without the machine's answer: reviewers
        // see scores on the case, after their own assessment (ScoreBlinding), never around it.
        return caller.CanActIn(assessment.Jurisdiction, ScoreReaders)
            ? Results.Json(assessment, ScreeningJson.Options)
            : Results.Json(WithoutScores(assessment), ScreeningJson.Options);
    }

    private static readonly string[] ScoreReaders = [AppRoles.FeedSubmit, AppRoles.ReviewSupervisor, AppRoles.AuditRead];

    private static System.Text.Json.Nodes.JsonObject WithoutScores(Domain.Assessments.Assessment assessment)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(assessment, ScreeningJson.Options)!.AsObject();
        node.Remove("risk");
        node.Remove("model");
        node.Remove("shadowModel");
        node["scoresHidden"] = true;
        return node;
    }
}
