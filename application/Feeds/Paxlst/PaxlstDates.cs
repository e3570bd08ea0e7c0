using BorderScreening.Application.Feeds.Mrz;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Reads DTM values. The format qualifier (102 CCYYMMDD, 201 YYMMDDHHMM, 203 CCYYMMDDHHMM) is
/// honoured, but the length decides, because carriers often send the wrong qualifier.
/// </summary>
internal static class PaxlstDates
{
    public enum Kind
    {
        Birth,
        Expiry,
    }

    public static DateOnly? ParseDate(string value, DateOnly today, Kind kind)
    {
        if (!IsDigits(value))
        {
            return null;
        }

        switch (value.Length)
        {
            case 6:
                var yy = Two(value, 0);
                var mm = Two(value, 2);
                var dd = Two(value, 4);
                return kind == Kind.Birth ? TwoDigitYear.BirthDate(yy, mm, dd, today) : TwoDigitYear.Expiry(yy, mm, dd, today);
            case 8:
                return TwoDigitYear.Create(Two(value, 0) * 100 + Two(value, 2), Two(value, 4), Two(value, 6));
            default:
                return null;
        }
    }

    public static DateTime? ParseDateTime(string value, DateOnly today)
    {
        if (!IsDigits(value))
        {
            return null;
        }

        int year, offset;
        switch (value.Length)
        {
            case 10:
                year = TwoDigitYear.Nearest(Two(value, 0), today);
                offset = 2;
                break;
            case 12:
                year = Two(value, 0) * 100 + Two(value, 2);
                offset = 4;
                break;
            default:
                return null;
        }

        var date = TwoDigitYear.Create(year, Two(value, offset), Two(value, offset + 2));
        var hour = Two(value, offset + 4);
        var minute = Two(value, offset + 6);
        if (date is null || hour > 23 || minute > 59)
        {
            return null;
        }

        return date.Value.ToDateTime(new TimeOnly(hour, minute));
    }

    /// <summary>The format qualifier that matches a value's length, for warnings about wrong qualifiers.</summary>
    public static string? ExpectedFormat(string value) => value.Length switch
    {
        8 => "102",
        10 => "201",
        12 => "203",
        _ => null,
    };

    private static bool IsDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    private static int Two(string value, int index) => (value[index] - '0') * 10 + (value[index + 1] - '0');
}
