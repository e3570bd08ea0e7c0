using BorderScreening.Core.Api;
using BorderScreening.Core.Security;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Functions.Http;

/// <summary>
/// The Functions app's counterpart of the local host's <c>UseScreeningSecurity</c>: security
/// headers, then <see cref="ScreeningAuthMiddleware"/> on the ASP.NET Core HttpContext, then the
/// per-caller feed limit. A refused call gets its 401/403/429 problem written to the HttpContext and
/// the function is not invoked. An unreachable dependency becomes a 503 problem. CORS is the platform's (Function App CORS settings in Bicep).
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
        if (!await auth.AuthorizeAsync(http, FunctionRoutes.KeyOf(context.FunctionDefinition.Name, http.Request.Method)))
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
        try
        {
            await next(context);
        }
        catch (Exception ex) when (DependencyUnavailable.Matches(ex, http.RequestAborted))
        {
            // Storage or Service Bus still unreachable after the SDK's retries: a 503 problem with
            // Retry-After, as in the local host, rather than the host's bare 500.
            if (!await DependencyUnavailable.TryWriteAsync(http))
            {
                throw;
            }
        }
    }
}
