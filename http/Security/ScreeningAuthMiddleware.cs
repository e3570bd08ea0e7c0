using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace BorderScreening.Http.Security;

/// <summary>
/// Authentication and route authorization for both hosts: the local host runs it as ASP.NET Core
/// middleware (<c>UseScreeningSecurity</c>), the Functions worker calls <see cref="AuthorizeAsync"/>
/// from its worker middleware with the HttpContext of the ASP.NET Core integration. 401 (with
/// <c>WWW-Authenticate: Bearer</c>) for a missing or invalid token, 403 for a valid token without a
/// role for the route and for endpoints missing from the route table, 404/405 for an
/// API request no route of the table serves (so no handler ever runs for it); problem details always.
/// For a route of one jurisdiction (<see cref="RoutePolicy.PerJurisdiction"/>) the caller also needs
/// a role of the route that reaches the jurisdiction in the path: 404 when none of the caller's roles
/// reaches it, 403 when one does but not one of the route's; a request that gets there only through
/// the all-countries grant is audited (<see cref="JurisdictionGrantAudit"/>) before it goes on.
/// The order is the same in both hosts: authentication, authorization, then (in the next step) the
/// feed rate limit, and only then anything about the request's content — a wrong media type is a 415
/// only for a caller who may call the route and is within its limit.
/// </summary>
public sealed partial class ScreeningAuthMiddleware(
    TokenValidator validator,
    RouteCatalog routeTable,
    JurisdictionGrantAudit grants,
    ILogger<ScreeningAuthMiddleware> logger,
    IDelegatedReviewAccess? delegations = null) : IMiddleware
{
    /// <summary>Key of the matched <see cref="RoutePolicy"/> in <see cref="HttpContext.Items"/> (read by the rate limiter).</summary>
    public const string PolicyItemKey = "BorderScreening.RoutePolicy";

    /// <summary>
    /// Key in <see cref="HttpContext.Items"/> of the media type a route declares, set when ASP.NET Core's
    /// routing refused the request's media type before this middleware ran (see <see cref="AuthorizeAsync"/>).
    /// </summary>
    public const string RefusedMediaTypeItemKey = "BorderScreening.RefusedMediaType";

    /// <inheritdoc />
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (await AuthorizeAsync(context, RouteKeyOf(context)))
        {
            if (context.Items.TryGetValue(RefusedMediaTypeItemKey, out var expected) && expected is string mediaType)
            {
                // Routing's own 415 endpoint writes no problem and would have run before the checks;
                // ours runs at the end of the pipeline, after the rate limiter.
                context.SetEndpoint(UnsupportedMediaTypeEndpoint(mediaType));
            }

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
    /// the next step); otherwise the 401/403 (or, for an API request no route serves, 404/405) problem has been written.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="routeKey">"METHOD /api/template" of the route, or null when no route matched.</param>
    public async Task<bool> AuthorizeAsync(HttpContext context, string? routeKey)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (routeKey is null && RefusedForMediaType(context) is { } refused)
        {
            // ASP.NET Core's endpoint selection compares the Content-Type with the body a route declares
            // (Accepts metadata) and picks its 415 endpoint instead of the route's. The request is still
            // for that route: check the caller against its policy first, so a caller without a token or
            // a role learns 401/403, not what the route reads; the 415 itself comes last (InvokeAsync).
            routeKey = refused.Key;
            context.Items[RefusedMediaTypeItemKey] = refused.Request!.ContentType;
        }

        var policy = routeKey is null ? null : routeTable.Find(routeKey)?.Policy;
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

        // Review rights a supervisor delegated for a limited time (protocol staffing) count like the
        // token's own, for a caller with a reviewer role; they end by themselves.
        var caller = outcome.Caller;
        if (delegations is not null && AppRoles.Reviewers.Any(caller.IsInRole))
        {
            caller = caller.WithDelegations(await delegations.ActiveForAsync(caller.Subject, context.RequestAborted));
        }

        HttpCallerAccessor.Set(context, caller);
        if (routeKey is null)
        {
            // An authenticated request for an API path or method the table does not serve: answer
            // here rather than trusting whatever the host would run next (fail closed).
            await RefuseUnknownAsync(context);
            return false;
        }

        if (policy is null)
        {
            await RefuseUnlistedAsync(context, routeKey);
            return false;
        }

        if (!policy.Allows(caller))
        {
            LogForbidden(logger, routeKey);
            await SecurityProblems.Forbidden().ExecuteAsync(context);
            return false;
        }

        return !policy.PerJurisdiction || await AuthorizeJurisdictionAsync(context, routeKey, policy, caller);
    }

    // The route serves one jurisdiction: the caller needs a role of the route that reaches it.
    private async Task<bool> AuthorizeJurisdictionAsync(HttpContext context, string routeKey, RoutePolicy policy, Caller caller)
    {
        var known = JurisdictionCodes.TryParse(routeTable.RouteValue(routeKey, context.Request.Path, RoutePolicy.JurisdictionParameter), out var jurisdiction);
        if (known && policy.AllowsIn(caller, jurisdiction))
        {
            await grants.RecordAsync(caller, policy.Roles, [jurisdiction], routeTable.Find(routeKey)!.Name, context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
            return true;
        }

        // An unknown jurisdiction and one none of the caller's roles reaches look the same (not found);
        // one the caller reaches with another role is forbidden, as the services answer.
        var reached = known && caller.CanActIn(jurisdiction, caller.Roles);
        LogOutsideJurisdiction(logger, routeKey, reached ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound);
        await (reached ? SecurityProblems.ForbiddenInJurisdiction() : SecurityProblems.OutsideJurisdictions()).ExecuteAsync(context);
        return false;
    }

    /// <summary>
    /// Refuses a call to an endpoint or function that exists in a host but has no entry in
    /// the route table: 403 problem, logged as an error (a route was added in one place only).
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="route">What was called (route key or function name), for the log.</param>
    public async Task RefuseUnlistedAsync(HttpContext context, string route)
    {
        ArgumentNullException.ThrowIfNull(context);
        LogUnlisted(logger, route);
        await SecurityProblems.Forbidden().ExecuteAsync(context);
    }

    // The route of the table with this method and path that declares a body, when routing chose no
    // endpoint for the request: then only the media type can have been refused.
    private RouteDefinition? RefusedForMediaType(HttpContext context) =>
        routeTable.Match(context.Request.Path).FirstOrDefault(r =>
            r.Request is not null && string.Equals(r.Method, context.Request.Method, StringComparison.OrdinalIgnoreCase));

    private static Endpoint UnsupportedMediaTypeEndpoint(string mediaType) => new(
        context => Problems.UnsupportedMediaType(mediaType).ExecuteAsync(context),
        EndpointMetadataCollection.Empty,
        "415 Unsupported Media Type (route table)");

    // Routing chose no endpoint of the table. Say why, as routing would have: the path has routes
    // for other methods (405), or no route has this path and method (404).
    private async Task RefuseUnknownAsync(HttpContext context)
    {
        var routes = routeTable.Match(context.Request.Path);
        var route = routes.FirstOrDefault(r => string.Equals(r.Method, context.Request.Method, StringComparison.OrdinalIgnoreCase));
        if (route is null && routes.Count > 0)
        {
            LogRefusedUnknown(logger, StatusCodes.Status405MethodNotAllowed);
            context.Response.Headers.Allow = string.Join(", ", routes.Select(r => r.Method).Distinct(StringComparer.Ordinal));
            await SecurityProblems.MethodNotAllowed().ExecuteAsync(context);
        }
        else
        {
            LogRefusedUnknown(logger, StatusCodes.Status404NotFound);
            await SecurityProblems.NotFound().ExecuteAsync(context);
        }
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

    // The jurisdiction is not logged either: the route and the answer say enough to investigate.
    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request to {Route}: no role of the route reaches the jurisdiction ({Status})")]
    private static partial void LogOutsideJurisdiction(ILogger logger, string route, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Denied a request to {Route}: it has no entry in RouteTable (fail closed); add one")]
    private static partial void LogUnlisted(ILogger logger, string route);

    // The path itself is not logged: it may carry identifiers.
    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an API request no route of the table serves ({Status})")]
    private static partial void LogRefusedUnknown(ILogger logger, int status);
}
