using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Security;

/// <summary>Adds <see cref="SecurityHeaders"/> to every response of the local host.</summary>
internal sealed class SecurityHeadersMiddleware : IMiddleware
{
    /// <inheritdoc />
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        SecurityHeaders.Register(context);
        return next(context);
    }
}
