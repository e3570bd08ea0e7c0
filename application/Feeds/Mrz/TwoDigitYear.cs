namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>
/// Resolves the two-digit years of MRZ and EDIFACT dates: birth dates lie in the past, expiry dates
/// in the near future (or the recent past), event times in the century closest to today.
/// </summary>
internal static class TwoDigitYear
{
    /// <summary>A birth date: the latest century that does not put it after <paramref name="today"/>.</summary>
    public static DateOnly? BirthDate(int yy, int month, int day, DateOnly today)
    {
        var century = today.Year / 100 * 100;
        var candidate = Create(century + yy, month, day);
        if (candidate is null || candidate > today)
        {
            candidate = Create(century - 100 + yy, month, day);
        }

        return candidate;
    }

    /// <summary>An expiry date: this century unless that is more than 50 years ahead.</summary>
    public static DateOnly? Expiry(int yy, int month, int day, DateOnly today)
    {
        var century = today.Year / 100 * 100;
        var year = century + yy;
        if (year > today.Year + 50)
        {
            year -= 100;
        }
        else if (year < today.Year - 49)
        {
            year += 100;
        }

        return Create(year, month, day);
    }

    /// <summary>A year for an event (flight time): the one within 50 years of today.</summary>
    public static int Nearest(int yy, DateOnly today)
    {
        var year = today.Year / 100 * 100 + yy;
        if (year > today.Year + 50)
        {
            year -= 100;
        }
        else if (year < today.Year - 50)
        {
            year += 100;
        }

        return year;
    }

    /// <summary>A date, or null when the parts do not make one.</summary>
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
