using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Protocol;

/// <summary>
/// The answer to a review-style action, the same on every route: the value on success, else a
/// problem — 404 naming what was not found, 409 for a change that lost a race, 403 for a caller
/// without the right, 400 naming the invalid fields.
/// </summary>
internal static class ReviewResults
{
    public static IResult ToHttp<T>(ReviewResult<T> result, string notFound, int okStatus = StatusCodes.Status200OK) => result.Status switch
    {
        ReviewStatus.Ok => Results.Json(result.Value, ScreeningJson.Options, statusCode: okStatus),
        ReviewStatus.NotFound => Problems.NotFound(notFound),
        ReviewStatus.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: result.Message, type: Problems.TypeBase + "conflict"),
        ReviewStatus.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: result.Message, type: Problems.TypeBase + "forbidden"),
        _ => Problems.Validation(result.Errors ?? [], "The request is invalid."),
    };
}
