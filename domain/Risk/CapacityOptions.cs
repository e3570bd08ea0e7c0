namespace BorderScreening.Domain.Risk;

/// <summary>
/// Review capacity per jurisdiction, from which the hit threshold follows: each jurisdiction is
/// neither flooded nor idle.
/// </summary>
public sealed class CapacityOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Capacity";

    /// <summary>Cases per day each jurisdiction can review, by code ("AW", "BQ-BO").</summary>
    public IDictionary<string, int> DailyCases { get; set; } = new Dictionary<string, int>
    {
        ["AW"] = 40, ["CW"] = 60, ["SX"] = 30, ["BQ-BO"] = 15, ["BQ-SE"] = 5, ["BQ-SA"] = 5,
    };

    /// <summary>The threshold never goes below this (a quiet day must not turn everything into hits).</summary>
    public double Floor { get; set; } = 0.25;

    /// <summary>The threshold never goes above this (a busy day must not hide strong signals).</summary>
    public double Ceiling { get; set; } = 0.95;

    /// <summary>
    /// Days of recent scores the threshold is computed from. Two weeks: bursts of linked records make
    /// single days swing widely, and a one-week window followed them too closely (measured on
    /// generated data, see CapacityThresholdTests).
    /// </summary>
    public int WindowDays { get; set; } = 14;

    /// <summary>Smallest number of scored records before the threshold follows the distribution.</summary>
    public int MinimumSample { get; set; } = 200;
}
