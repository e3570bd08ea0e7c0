using System.Globalization;

namespace BorderScreening.Domain.Watchlists;

/// <summary>A birth date as lists know it: a full date, or only the year.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>A full date.</summary>
    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Whether month and day are known.</summary>
    public bool IsFull => Month is not null && Day is not null;

    /// <summary>Reads "YYYY-MM-DD" or "YYYY"; empty or blank is no date (true, null); anything else false.</summary>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        text = text.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1850 and <= 2200)
        {
            date = new PartialDate(year, null, null);
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            date = Of(full);
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => IsFull
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);
}
