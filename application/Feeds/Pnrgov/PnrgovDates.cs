using System.Globalization;
using BorderScreening.Application.Feeds.Mrz;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// PADIS dates: DDMMYY (the standard), CCYYMMDD and YYMMDD (common deviations, read with a warning),
/// times HHMM, and the DDMMMYY dates inside SSR free text (12JUL64).
/// </summary>
internal static class PnrgovDates
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>A PADIS date; <paramref name="deviation"/> says when it was not DDMMYY.</summary>
    public static DateOnly? Date(string value, DateOnly today, out string? deviation)
    {
        deviation = null;
        if (value.Length == 0 || !value.All(char.IsAsciiDigit))
        {
            return null;
        }

        if (value.Length == 6)
        {
            // Many YYMMDD values are valid DDMMYY dates too (261015); the reading near today wins.
            var ddmmyy = TwoDigitYear.Create(TwoDigitYear.Nearest(Two(value, 4), today), Two(value, 2), Two(value, 0));
            if (ddmmyy is { } d && Near(d, today))
            {
                return ddmmyy;
            }

            var yymmdd = TwoDigitYear.Create(TwoDigitYear.Nearest(Two(value, 0), today), Two(value, 2), Two(value, 4));
            if (yymmdd is { } y && Near(y, today))
            {
                deviation = "YYMMDD instead of DDMMYY";
                return yymmdd;
            }

            return ddmmyy;
        }

        if (value.Length == 8)
        {
            deviation = "CCYYMMDD instead of DDMMYY";
            return TwoDigitYear.Create(Two(value, 0) * 100 + Two(value, 2), Two(value, 4), Two(value, 6));
        }

        return null;
    }

    /// <summary>A local date and time (HHMM; a missing time is midnight).</summary>
    public static DateTime? LocalTime(DateOnly? date, string time)
    {
        if (date is null)
        {
            return null;
        }

        if (time.Length == 0)
        {
            return date.Value.ToDateTime(TimeOnly.MinValue);
        }

        if (time.Length != 4 || !time.All(char.IsAsciiDigit) || Two(time, 0) > 23 || Two(time, 2) > 59)
        {
            return null;
        }

        return date.Value.ToDateTime(new TimeOnly(Two(time, 0), Two(time, 2)));
    }

    /// <summary>
    /// A date in SSR free text: DDMMMYY or DDMMMYYYY (12JUL64, 12JUL1964). Two-digit years are birth
    /// dates (latest century not after today) or expiry dates (near future) as <paramref name="birth"/> says.
    /// </summary>
    public static DateOnly? SsrDate(string value, DateOnly today, bool birth)
    {
        value = value.Trim().ToUpperInvariant();
        if (value.Length is not (7 or 9) || !char.IsAsciiDigit(value[0]) || !char.IsAsciiDigit(value[1]))
        {
            return null;
        }

        var month = Array.IndexOf(Months, value[2..5]) + 1;
        var yearText = value[5..];
        if (month == 0 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var day = Two(value, 0);
        if (value.Length == 9)
        {
            return TwoDigitYear.Create(year, month, day);
        }

        return birth ? TwoDigitYear.BirthDate(year, month, day, today) : TwoDigitYear.Expiry(year, month, day, today);
    }

    private static bool Near(DateOnly date, DateOnly today) => date >= today.AddYears(-10) && date <= today.AddYears(10);

    private static int Two(string value, int index) => (value[index] - '0') * 10 + (value[index + 1] - '0');
}
