using System.Text.Json;
using BorderScreening.Application.Feeds.Json;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// JSON bodies of table rows. Azure allows 64 KiB per property (32K UTF-16 characters); bodies stay
/// under that with room to spare, and a larger one fails loudly rather than being truncated.
/// </summary>
internal static class TableBody
{
    /// <summary>The largest body written, in characters.</summary>
    public const int MaxChars = 30_000;

    /// <summary>Serialises <paramref name="value"/>; throws when it would not fit one property.</summary>
    public static string Write<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, ScreeningJson.Options);
        return json.Length <= MaxChars
            ? json
            : throw new InvalidOperationException($"{typeof(T).Name} is {json.Length} characters; the limit is {MaxChars}.");
    }

    /// <summary>Reads a body written by <see cref="Write{T}"/>.</summary>
    public static T Read<T>(string body) => JsonSerializer.Deserialize<T>(body, ScreeningJson.Options)!;
}
