using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Security;

/// <summary>RFC 7807 answers of the security layer.</summary>
internal static class SecurityProblems
{
    /// <summary>401: no token, or one that does not validate.</summary>
    public static IResult Unauthorized() => Results.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Authentication required",
        detail: "Send a valid bearer token for this API.",
        type: Problems.TypeBase + "unauthorized");

    /// <summary>403: a valid token without a role for the route (or a route nobody may call).</summary>
    public static IResult Forbidden() => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Forbidden",
        detail: "Your roles do not allow this request.",
        type: Problems.TypeBase + "forbidden");

    /// <summary>
    /// 404: a route of one jurisdiction that none of the caller's roles reaches (or no jurisdiction at
    /// all): answered as if nothing were there, as the services answer for a case out of reach.
    /// </summary>
    public static IResult OutsideJurisdictions() => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: "Nothing of this jurisdiction is visible to you.",
        type: Problems.TypeBase + "not-found");

    /// <summary>403: the caller reaches the jurisdiction, but not with a role of this route (a reviewer asking for a supervisor action).</summary>
    public static IResult ForbiddenInJurisdiction() => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Forbidden",
        detail: "Your roles do not allow this request in this jurisdiction.",
        type: Problems.TypeBase + "forbidden");

    /// <summary>404: no route of the table matches the path (asked after authentication, so nothing is revealed).</summary>
    public static IResult NotFound() => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: "No route of this API matches the path.",
        type: Problems.TypeBase + "not-found");

    /// <summary>405: the path is a route of the table, but not for this method (the Allow header lists those it has).</summary>
    public static IResult MethodNotAllowed() => Results.Problem(
        statusCode: StatusCodes.Status405MethodNotAllowed,
        title: "Method not allowed",
        detail: "This route does not accept the request's method; see the Allow header.",
        type: Problems.TypeBase + "method-not-allowed");

    /// <summary>429: the caller's feed budget for this minute is spent.</summary>
    public static IResult TooManyRequests(int perMinute) => Results.Problem(
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Too many requests",
        detail: $"At most {perMinute} feed requests per minute per caller; retry after the Retry-After delay.",
        type: Problems.TypeBase + "too-many-requests");
}
