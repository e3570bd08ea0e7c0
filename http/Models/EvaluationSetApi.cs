using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Http.Protocol;
using BorderScreening.Model.Serving.Gating;
using BorderScreening.Model.Serving.Registry;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Models;

/// <summary>
/// The frozen evaluation set the server's gates compare every model on (docs/model.md "Server
/// gates"): read it, or freeze a new one from the labels stored now. Freezing is a promoter's call, not
/// a trainer's: whoever uploads a model must not choose the data it is judged on.
/// </summary>
public sealed class EvaluationSetApi(ServerEvaluationService evaluation, ICallerAccessor callers)
{
    private const int MaxReasonLength = 2_000;

    /// <summary>GET /api/models/evaluation-set: the current set (404 until the first evaluation froze one).</summary>
    public async Task<IResult> GetAsync(CancellationToken cancellationToken) =>
        await evaluation.PeekAsync(cancellationToken) is { } set
            ? Results.Json(EvaluationSetView.From(set), ScreeningJson.Options)
            : Problems.NotFound("evaluation set");

    /// <summary>POST /api/models/evaluation-set: body { reason }; freezes a new set and makes it current.</summary>
    public async Task<IResult> FreezeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (callers.Caller is not { } caller)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        var (body, problem) = await JsonRequestBody.ReadAsync<FreezeEvaluationSetRequest>(request, 64 * 1024, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.Reason) || body.Reason.Length > MaxReasonLength)
        {
            return Problems.Validation([new FieldError("reason", $"is required: say why (at most {MaxReasonLength} characters)")], "The request is invalid.");
        }

        var set = await evaluation.FreezeAsync(caller.Subject, body.Reason.Trim(), cancellationToken);
        return Results.Json(EvaluationSetView.From(set), ScreeningJson.Options, statusCode: StatusCodes.Status201Created);
    }
}
