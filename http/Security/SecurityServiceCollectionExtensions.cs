using BorderScreening.Application.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BorderScreening.Http.Security;

/// <summary>Registrations of authentication, route authorization and HTTP hardening.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>Registers the token validator, the caller accessor, the middlewares, CORS and the feed rate limiter.</summary>
    public static IServiceCollection AddScreeningSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName)
            .Validate(o => o.IsValid, "Auth needs Mode=Entra with TenantId and Audience, or Mode=LocalKey with LocalKeyFile and LocalIssuer; ClockSkew at most 5 minutes.")
            .ValidateOnStart();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(o => o.FeedRequestsPerMinute > 0, "Security:FeedRequestsPerMinute must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new TokenValidator(sp.GetRequiredService<IOptions<AuthOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new LocalTokenIssuer(sp.GetRequiredService<IOptions<AuthOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ICallerAccessor, HttpCallerAccessor>();
        // Needs an IAuditLog: the hosts register the table-backed one (AddScreening).
        services.TryAddSingleton<JurisdictionGrantAudit>();
        services.AddSingleton<ScreeningAuthMiddleware>();
        services.AddSingleton<SecurityHeadersMiddleware>();
        services.AddSingleton<FeedRateLimiter>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<SecurityOptions>>((cors, security) =>
            cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. security.Value.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<FeedRateLimiter>((options, feeds) =>
        {
            options.GlobalLimiter = feeds.Limiter;
            options.OnRejected = (context, _) => new ValueTask(FeedRateLimiter.RejectAsync(context.HttpContext, context.Lease, feeds.PerMinute));
        });
        return services;
    }
}
