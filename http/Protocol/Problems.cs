using BorderScreening.Application.Feeds;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Protocol;

/// <summary>RFC 7807 problem details, the one error shape of the API.</summary>
public static class Problems
{
    /// <summary>Base of the problem type URIs (documented in docs/api.md).</summary>
    public const string TypeBase = "https://border-screening.example/problems/";

    /// <summary>400 with the list of field errors.</summary>
    public static IResult Validation(IEnumerable<object> errors, string detail, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["errors"] = errors.ToList() };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request holds invalid records",
            detail: detail,
            type: TypeBase + "validation",
            extensions: extensions);
    }

    /// <summary>400 for field errors without record positions.</summary>
    public static IResult Validation(IReadOnlyList<FieldError> errors, string detail) =>
        Validation(errors.Select(e => (object)new { path = e.Path, message = e.Message }), detail);

    /// <summary>413 when a body exceeds the documented limit.</summary>
    public static IResult TooLarge(int limitBytes) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The body exceeds the limit of {limitBytes} bytes; split the batch.",
        type: TypeBase + "too-large");

    /// <summary>415 for a content type the route does not read.</summary>
    public static IResult UnsupportedMediaType(string expected) => Results.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported content type",
        detail: $"Send the body as {expected}.",
        type: TypeBase + "unsupported-media-type");

    /// <summary>404 without saying whether the thing exists elsewhere.</summary>
    public static IResult NotFound(string what) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: $"No {what} with this id is visible to you.",
        type: TypeBase + "not-found");

    /// <summary>
    /// 403 for records the feed may not send (another jurisdiction or source system), with the other
    /// records' outcomes: the rest of the batch went through.
    /// </summary>
    public static IResult ForbiddenRecords(IEnumerable<object> errors, string detail, IDictionary<string, object?> extra)
    {
        var extensions = new Dictionary<string, object?>(extra) { ["errors"] = errors.ToList() };
        return Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "The feed may not send some of these records",
            detail: detail,
            type: TypeBase + "forbidden-records",
            extensions: extensions);
    }
}
