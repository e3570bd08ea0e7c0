using BorderScreening.Application.Dependencies;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Functions.Http;

/// <summary>
/// The Functions app's counterpart of the local host's <c>UseScreeningSecurity</c>: security
/// headers, then <see cref="ScreeningAuthMiddleware"/> on the ASP.NET Core HttpContext, then the
/// per-caller feed limit, and only then the function, which checks the media type and the content —
/// the order of the local host (authentication, authorization, rate limit, content). A refused call
/// gets its 401/403/404/429 problem written to the HttpContext and the function is not invoked (404: a
/// route of one jurisdiction the caller's roles do not reach); an HTTP function without an entry in the
/// route table is refused whatever the token. An unreachable dependency becomes a 503 problem. CORS is
/// the platform's (Function App CORS settings in Bicep).
/// </summary>
public sealed class SecurityWorkerMiddleware : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        if (http is null)
        {
            // Timer and queue triggers carry no caller.
            await next(context);
            return;
        }

        SecurityHeaders.Register(http);
        var auth = context.InstanceServices.GetRequiredService<ScreeningAuthMiddleware>();
        var routeKey = FunctionRoutes.KeyOf(context.FunctionDefinition.Name, http.Request.Method);
        if (routeKey is null)
        {
            // An HTTP function the route table does not know: no policy, so nobody may call it.
            await auth.RefuseUnlistedAsync(http, "function " + context.FunctionDefinition.Name);
            return;
        }

        var classifier = context.InstanceServices.GetRequiredService<IDependencyFailureClassifier>();
        try
        {
            await AuthorizeAndInvokeAsync(context, next, http, auth, routeKey);
        }
        catch (Exception ex) when (DependencyUnavailable.Matches(ex, classifier, http.RequestAborted))
        {
            // Storage or Service Bus still unreachable after the SDK's retries (also when writing the
            // audit entry of an all-countries grant): a 503 problem with Retry-After, as in the local
            // host, rather than the host's bare 500.
            if (!await DependencyUnavailable.TryWriteAsync(http))
            {
                throw;
            }
        }
    }

    private static async Task AuthorizeAndInvokeAsync(FunctionContext context, FunctionExecutionDelegate next, HttpContext http, ScreeningAuthMiddleware auth, string routeKey)
    {
        if (!await auth.AuthorizeAsync(http, routeKey))
        {
            return;
        }

        var feeds = context.InstanceServices.GetRequiredService<FeedRateLimiter>();
        using var lease = feeds.Limiter.AttemptAcquire(http);
        if (!lease.IsAcquired)
        {
            await FeedRateLimiter.RejectAsync(http, lease, feeds.PerMinute);
            return;
        }

        HttpCallerAccessor.Flow(http);
        await next(context);
    }
}
