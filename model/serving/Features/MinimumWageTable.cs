using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Serving.Features;

/// <summary>
/// Statutory hourly minimum wage per jurisdiction, in the jurisdiction's currency, used to turn an
/// offered wage into a ratio. Approximate values (see docs/model.md); replace with the published
/// figures of the year in force before production use.
/// </summary>
public static class MinimumWageTable
{
    /// <summary>Hours in a full-time month, to express fees as months of minimum wage.</summary>
    public const decimal HoursPerMonth = 173m;

    /// <summary>Hourly minimum wage.</summary>
    public static decimal HourlyMinimum(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.AW => 10.40m, // AWG
        Jurisdiction.CW => 10.55m, // XCG
        Jurisdiction.SX => 10.03m, // XCG
        Jurisdiction.BQ_BO or Jurisdiction.BQ_SE or Jurisdiction.BQ_SA => 8.73m, // USD, one figure for the BES islands
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction)),
    };
}
