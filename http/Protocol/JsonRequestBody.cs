using System.Text.Json;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Protocol;

/// <summary>
/// Reads a small JSON command body (a decision, a reason, a promotion request) the same way on every
/// route: 415 unless <c>application/json</c>, 413 above the limit, 400 naming the field that could not
/// be read (<c>outcome</c>, <c>reasonCodes[2]</c>), or <c>$</c> when the body is empty, <c>null</c> or
/// not JSON at all. Enumerations are read by name only (see <c>StrictEnumJsonConverter</c>), so a
/// number or an unknown name is such a field.
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
                : (null, Unreadable("$", "is required: a JSON object"));
        }
        catch (JsonException ex)
        {
            return (null, Unreadable(FieldPath(ex.Path), Message(ex)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
        {
            // The serializer's answer to shapes it cannot bind at all; the caller's mistake, not ours.
            return (null, Unreadable("$", "is not an object of the expected shape"));
        }
    }

    /// <summary>"$.reasonCodes[2]" as the field path the other validation errors use: "reasonCodes[2]".</summary>
    internal static string FieldPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "$"
        : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..]
        : jsonPath;

    // Our converters say what they expect ("must be one of …"); the serializer's own messages name CLR
    // types and byte positions, which tell a caller nothing, so those get a plain sentence.
    private static string Message(JsonException ex) =>
        ex.Message.StartsWith("must ", StringComparison.Ordinal)
            ? ex.Message
            : "has the wrong type or is not valid JSON (enumerations by name, dates as yyyy-MM-dd)";

    private static IResult Unreadable(string path, string message) =>
        Problems.Validation([new FieldError(path, message)], "The body could not be read.");
}
