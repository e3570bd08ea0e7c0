using System.Threading.RateLimiting;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BorderScreening.Http.Security;

/// <summary>
/// Per-caller fixed-window limit on feed routes (<see cref="RoutePolicy.IsFeed"/>): the caller's
/// token subject, or the client address when anonymous. The local host plugs <see cref="Limiter"/>
/// into ASP.NET Core's rate limiting middleware; the Functions worker calls it directly. Per
/// instance: in Azure each scaled-out instance counts on its own.
/// </summary>
public sealed class FeedRateLimiter : IDisposable
{
    /// <summary>Creates the limiter from the settings.</summary>
    public FeedRateLimiter(IOptions<SecurityOptions> options)
    {
        PerMinute = options.Value.FeedRequestsPerMinute;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.Items.TryGetValue(ScreeningAuthMiddleware.PolicyItemKey, out var policy) && policy is RoutePolicy { IsFeed: true })
            {
                var key = HttpCallerAccessor.From(context) is { } caller
                    ? "sub:" + caller.Subject
                    : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = PerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            }

            return RateLimitPartition.GetNoLimiter("unlimited");
        });
    }

    /// <summary>Feed requests per minute per caller.</summary>
    public int PerMinute { get; }

    /// <summary>The limiter.</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>Writes the 429 problem with a Retry-After hint.</summary>
    public static async Task RejectAsync(HttpContext context, RateLimitLease lease, int perMinute)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var delay) ? delay : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SecurityProblems.TooManyRequests(perMinute).ExecuteAsync(context);
    }

    /// <inheritdoc />
    public void Dispose() => Limiter.Dispose();
}
