using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Risk;

/// <summary>How indicators and model combine, and when a record becomes a hit.</summary>
public sealed class RiskOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Risk";

    /// <summary>Weight of the rules score in the combined score (the model gets 1 − this).</summary>
    public double RulesWeight { get; set; } = 0.6;

    /// <summary>Hit threshold used when a jurisdiction has none of its own.</summary>
    public double DefaultThreshold { get; set; } = 0.5;

    /// <summary>Hit threshold per jurisdiction code ("AW", "BQ-BO").</summary>
    public IDictionary<string, double> Thresholds { get; set; } = new Dictionary<string, double>();

    /// <summary>Review period for work permits (no arrival time bounds them).</summary>
    public TimeSpan PermitReviewPeriod { get; set; } = TimeSpan.FromDays(5);

    /// <summary>Review period for travellers with no known arrival time.</summary>
    public TimeSpan TravellerFallbackPeriod { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The threshold in force for a jurisdiction.</summary>
    public double ThresholdFor(Jurisdiction jurisdiction) =>
        Thresholds.TryGetValue(jurisdiction.ToCode(), out var value) ? value : DefaultThreshold;
}
