using System.Globalization;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>
/// The rule for figures marked for publication (docs/statistics.md): a count of 1 to 9 is
/// suppressed ("&lt;10"); other counts are rounded to the nearest multiple of 5 (so a suppressed cell
/// cannot be recovered exactly from a total minus the others); 0 is shown, as it singles out nobody.
/// Rates and medians built on fewer than 10 cases are suppressed; rates are rounded to 5 percentage
/// points and medians to whole hours. Without publication every figure is exact.
/// </summary>
internal static class DisclosureControl
{
    /// <summary>Smallest count shown when publishing.</summary>
    public const int Threshold = 10;

    /// <summary>Rounding base for published counts.</summary>
    public const int RoundTo = 5;

    /// <summary>A count.</summary>
    public static PublishedFigure Count(int value, bool publication)
    {
        if (!publication || value == 0)
        {
            return new PublishedFigure(value, value.ToString(CultureInfo.InvariantCulture));
        }

        if (value < Threshold)
        {
            return new PublishedFigure(null, "<" + Threshold.ToString(CultureInfo.InvariantCulture));
        }

        var rounded = (int)Math.Round(value / (double)RoundTo, MidpointRounding.AwayFromZero) * RoundTo;
        return new PublishedFigure(rounded, rounded.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A share in [0, 1], built on <paramref name="basis"/> cases.</summary>
    public static PublishedFigure Share(double? value, int basis, bool publication)
    {
        if (value is not { } v)
        {
            return new PublishedFigure(null, "–");
        }

        if (!publication)
        {
            return new PublishedFigure(v, v.ToString("P1", CultureInfo.InvariantCulture));
        }

        if (basis < Threshold)
        {
            return new PublishedFigure(null, "suppressed");
        }

        var rounded = Math.Round(v * 20, MidpointRounding.AwayFromZero) / 20;
        return new PublishedFigure(rounded, rounded.ToString("P0", CultureInfo.InvariantCulture));
    }

    /// <summary>A duration in hours, built on <paramref name="basis"/> cases.</summary>
    public static PublishedFigure Hours(double? value, int basis, bool publication)
    {
        if (value is not { } v)
        {
            return new PublishedFigure(null, "–");
        }

        if (!publication)
        {
            return new PublishedFigure(Math.Round(v, 2), Math.Round(v, 1).ToString("0.0", CultureInfo.InvariantCulture) + " h");
        }

        if (basis < Threshold)
        {
            return new PublishedFigure(null, "suppressed");
        }

        var rounded = Math.Round(v, MidpointRounding.AwayFromZero);
        return new PublishedFigure(rounded, rounded.ToString("0", CultureInfo.InvariantCulture) + " h");
    }
}
