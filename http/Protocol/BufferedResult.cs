using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Protocol;

/// <summary>An answer kept as bytes (for idempotent replays): status, content type and body as they were.</summary>
internal sealed class BufferedResult(int status, string contentType, byte[] body) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body);
    }
}
