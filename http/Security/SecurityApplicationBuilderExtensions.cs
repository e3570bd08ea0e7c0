using Microsoft.AspNetCore.Builder;

namespace BorderScreening.Http.Security;

/// <summary>The local host's security pipeline.</summary>
public static class SecurityApplicationBuilderExtensions
{
    /// <summary>
    /// Security headers, CORS (configured origins only; preflights end here), authentication and
    /// route authorization, then the per-caller feed rate limit (after authentication, so it counts
    /// per token subject); the endpoint checks the content last. Call after routing has chosen the
    /// endpoint (WebApplication does so first); a media type routing refused is answered at the end
    /// too (see <see cref="ScreeningAuthMiddleware"/>).
    /// </summary>
    public static IApplicationBuilder UseScreeningSecurity(this IApplicationBuilder app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();
        app.UseMiddleware<ScreeningAuthMiddleware>();
        app.UseRateLimiter();
        return app;
    }
}
