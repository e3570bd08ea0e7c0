namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>Thresholds of the daily monitoring (configuration section "Monitoring"). See docs/monitoring.md.</summary>
public sealed class MonitoringOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Monitoring";

    /// <summary>PSI above which a score or feature distribution raises a drift alert.</summary>
    public double PsiThreshold { get; set; } = 0.2;

    /// <summary>Fewest records of a jurisdiction-day before drift is judged (small samples inflate PSI).</summary>
    public int MinimumRecordsForDrift { get; set; } = 200;

    /// <summary>Lower bound of the accepted group-to-overall ratio.</summary>
    public double RatioLow { get; set; } = 0.8;

    /// <summary>Upper bound of the accepted group-to-overall ratio.</summary>
    public double RatioHigh { get; set; } = 1.25;

    /// <summary>Fewest records in an audit group before its ratios can raise an alert.</summary>
    public int MinimumGroupSize { get; set; } = 100;

    /// <summary>
    /// How many standard deviations (binomial, at the overall rate) the group's count must lie from
    /// its expected count as well: with rare hits, a ratio outside the band is otherwise mostly noise.
    /// </summary>
    public double MinimumDeviation { get; set; } = 3.0;

    /// <summary>
    /// Differences that are intended and reported without an alert, as "dimension:group" or
    /// "dimension:*". By default every age band: age is a model feature and an indicator condition
    /// on purpose (minors without a guardian, the minimum age of 21 for adult-entertainment permits,
    /// the young age of most victims), so hit rates differ by age band by design. The bands are still
    /// reported for oversight; nationality group and sex alert.
    /// </summary>
    public IList<string> ExpectedDisparities { get; set; } = ["ageBand:*"];

    /// <summary>Two model probabilities agree when they differ by at most this much.</summary>
    public double ShadowAgreementTolerance { get; set; } = 0.05;

    /// <summary>Reference file; empty means the shipped one next to the binaries (shipped/monitoring-reference.json).</summary>
    public string ReferencePath { get; set; } = "";

    /// <summary>Whether the options hold together.</summary>
    public bool IsValid =>
        PsiThreshold > 0 && MinimumRecordsForDrift > 0 && RatioLow > 0 && RatioLow < 1 && RatioHigh > 1
        && MinimumGroupSize > 0 && MinimumDeviation >= 0 && ShadowAgreementTolerance >= 0;
}
