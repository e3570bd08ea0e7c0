using System.Globalization;

namespace BorderScreening.Http.Protocol;

/// <summary>
/// The dates the API accepts in paths and query strings: 2000-01-01 to 2099-12-31. Nothing the
/// service holds is older, and nothing is planned that far ahead; within this window a period end plus
/// a day, or a start minus a year, cannot leave the range of <see cref="DateOnly"/> (<c>9999-12-31</c>
/// plus one day used to be a 500).
/// </summary>
internal static class ApiDates
{
    /// <summary>The first accepted day.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The last accepted day.</summary>
    public static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>"between 2000-01-01 and 2099-12-31", for messages.</summary>
    public static readonly string Window = $"between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}";

    /// <summary>A day written exactly as <c>yyyy-MM-dd</c>, inside the window.</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        && day >= Earliest && day <= Latest;

    /// <summary>An ISO 8601 date and time (UTC when it names no offset) whose UTC day is inside the window.</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
        {
            instant = default;
            return false;
        }

        var day = DateOnly.FromDateTime(instant.UtcDateTime);
        return day >= Earliest && day <= Latest;
    }
}
