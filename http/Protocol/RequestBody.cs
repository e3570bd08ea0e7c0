using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Protocol;

/// <summary>Reads a request body up to a limit, without trusting Content-Length.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit (Kestrel's MaxRequestBodySize) ran out first, on a body sent
            // without Content-Length: too large all the same, not a server error.
            return null;
        }

        return buffer.ToArray();
    }

    /// <summary>Whether the request's media type is one of the given ones (parameters like charset ignored).</summary>
    public static bool HasMediaType(HttpRequest request, params string[] mediaTypes)
    {
        var contentType = request.ContentType;
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaTypes.Any(m => string.Equals(m, mediaType, StringComparison.OrdinalIgnoreCase));
    }
}
