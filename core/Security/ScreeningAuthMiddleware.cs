using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace BorderScreening.Core.Security;

/// <summary>
/// Authentication and route authorization for both hosts: the local host runs it as ASP.NET Core
/// middleware (<c>UseScreeningSecurity</c>), the Functions worker calls <see cref="AuthorizeAsync"/>
/// from its worker middleware with the HttpContext of the ASP.NET Core integration. 401 (with
/// <c>WWW-Authenticate: Bearer</c>) for a missing or invalid token, 403 for a valid token without a
/// role for the route and for routes missing from <see cref="RoutePolicies"/>; problem details always.
/// </summary>
public sealed partial class ScreeningAuthMiddleware(TokenValidator validator, ILogger<ScreeningAuthMiddleware> logger) : IMiddleware
{
    /// <summary>Key of the matched <see cref="RoutePolicy"/> in <see cref="HttpContext.Items"/> (read by the rate limiter).</summary>
    public const string PolicyItemKey = "BorderScreening.RoutePolicy";

    /// <inheritdoc />
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (await AuthorizeAsync(context, RouteKeyOf(context)))
        {
            HttpCallerAccessor.Flow(context);
            await next(context);
        }
    }

    /// <summary>
    /// The route key ("METHOD /api/template") of the endpoint routing chose, or null when no endpoint
    /// for this method matched (the request then ends in 404/405).
    /// </summary>
    public static string? RouteKeyOf(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.RoutePattern.RawText is not { } template)
        {
            return null;
        }

        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        if (methods is not null && !methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return RoutePolicies.Key(context.Request.Method, template);
    }

    /// <summary>
    /// Decides a request. Returns true to go on (then call <see cref="HttpCallerAccessor.Flow"/> before
    /// the next step); otherwise the 401/403 problem has been written.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="routeKey">"METHOD /api/template" of the route, or null when no route matched.</param>
    public async Task<bool> AuthorizeAsync(HttpContext context, string? routeKey)
    {
        var policy = routeKey is null ? null : RoutePolicies.Find(routeKey);
        if (policy is not null)
        {
            context.Items[PolicyItemKey] = policy;
        }

        if (policy?.IsAnonymous == true)
        {
            return true;
        }

        if (routeKey is null && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // Not an API route and no endpoint: static files or a plain 404, nothing to protect.
            return true;
        }

        var outcome = await validator.ValidateAsync(BearerToken(context.Request), context.RequestAborted);
        if (outcome.Caller is null)
        {
            LogRefused(logger, routeKey ?? "(no route)", outcome.Failure ?? "invalid");
            context.Response.Headers.WWWAuthenticate = outcome.Failure == "missing" ? "Bearer" : "Bearer error=\"invalid_token\"";
            await SecurityProblems.Unauthorized().ExecuteAsync(context);
            return false;
        }

        HttpCallerAccessor.Set(context, outcome.Caller);
        if (routeKey is null)
        {
            // An authenticated request for a path or method that does not exist: let routing answer 404/405.
            return true;
        }

        if (policy is null)
        {
            LogUnlisted(logger, routeKey);
            await SecurityProblems.Forbidden().ExecuteAsync(context);
            return false;
        }

        if (!policy.Allows(outcome.Caller))
        {
            LogForbidden(logger, routeKey);
            await SecurityProblems.Forbidden().ExecuteAsync(context);
            return false;
        }

        return true;
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    // The token and the caller's id are never logged: only the route template and a reason.
    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to {Route}: token {Reason}")]
    private static partial void LogRefused(ILogger logger, string route, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Forbade a request to {Route}: no role for it")]
    private static partial void LogForbidden(ILogger logger, string route);

    [LoggerMessage(Level = LogLevel.Error, Message = "Denied a request to {Route}: the route has no entry in RoutePolicies (fail closed); add one")]
    private static partial void LogUnlisted(ILogger logger, string route);
}
