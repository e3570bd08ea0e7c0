using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Backtest;

/// <summary>How a backtest decides hits and reads reviewed outcomes.</summary>
public sealed record BacktestOptions
{
    /// <summary>A record is a hit when its rules score is at least this, or a fired indicator forces review.</summary>
    public double HitThreshold { get; init; } = 0.5;

    /// <summary>
    /// Thresholds per jurisdiction (each follows its review capacity); jurisdictions not listed use
    /// <see cref="HitThreshold"/>.
    /// </summary>
    public IReadOnlyDictionary<Jurisdiction, double> HitThresholds { get; init; } = new Dictionary<Jurisdiction, double>();

    /// <summary>The threshold that applies to a jurisdiction.</summary>
    public double ThresholdFor(Jurisdiction jurisdiction) => HitThresholds.GetValueOrDefault(jurisdiction, HitThreshold);

    /// <summary>Outcome strings that count as confirmed (case-insensitive).</summary>
    public IReadOnlySet<string> ConfirmedOutcomes { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "confirmed", "referred" };

    /// <summary>Outcome strings that count as cleared (case-insensitive).</summary>
    public IReadOnlySet<string> ClearedOutcomes { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "cleared", "dismissed" };
}
