using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

/// <summary>The statutory minimum hourly wage of a jurisdiction, as recorded in the catalogue.</summary>
/// <param name="Jurisdiction">Where it applies.</param>
/// <param name="Hourly">Gross minimum per hour for adult workers, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code (AWG, XCG, USD).</param>
/// <param name="EffectiveFrom">Date from which the amount applies.</param>
/// <param name="Source">Where the amount was published.</param>
public sealed record MinimumWage(Jurisdiction Jurisdiction, decimal Hourly, string Currency, DateOnly EffectiveFrom, string Source);
