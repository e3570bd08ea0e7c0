using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Security;

/// <summary>Security headers on every response of both hosts.</summary>
public static class SecurityHeaders
{
    /// <summary>No inline script or style, no framing, no base or form redirection.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>Adds the headers when the response starts (so they survive the exception handler clearing it).</summary>
    public static void Register(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
    }

    /// <summary>Sets the headers now.</summary>
    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            // The reviewer page sets its own (the same plus connect-src for its sign-in authority).
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // API answers hold personal data for reviewers: no shared or browser caches.
            headers.CacheControl = "no-store";
        }
    }
}
