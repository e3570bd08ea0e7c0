using System.Text.Json;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Protocol;

/// <summary>
/// Reads a small JSON command body (a decision, a reason, a promotion request) the same way on every
/// route: 415 unless <c>application/json</c>, 413 above the limit, 400 naming the path that could not
/// be read or <c>$</c> when the body is empty or <c>null</c>.
/// </summary>
internal static class JsonRequestBody
{
    /// <summary>The body, or the problem to answer instead.</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, int limit, CancellationToken cancellationToken)
        where T : class
    {
        if (!RequestBody.HasMediaType(request, "application/json"))
        {
            return (null, Problems.UnsupportedMediaType("application/json"));
        }

        if (await RequestBody.ReadAsync(request, limit, cancellationToken) is not { } bytes)
        {
            return (null, Problems.TooLarge(limit));
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ScreeningJson.Options) is { } body
                ? (body, null)
                : (null, Unreadable("$", "is required"));
        }
        catch (JsonException ex)
        {
            return (null, Unreadable(ex.Path ?? "$", "is not valid"));
        }
    }

    private static IResult Unreadable(string path, string message) =>
        Problems.Validation([new FieldError(path, message)], "The body could not be read.");
}
