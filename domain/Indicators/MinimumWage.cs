using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

/// <summary>
/// A statutory minimum hourly wage of a jurisdiction for one period, as published and recorded in
/// the catalogue with its source.
/// </summary>
/// <param name="Jurisdiction">Where it applies.</param>
/// <param name="Hourly">Gross minimum per hour for adult workers, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code (AWG, XCG, USD).</param>
/// <param name="EffectiveFrom">First day the amount applies.</param>
/// <param name="EffectiveTo">Last day it applies; null while no later amount is recorded.</param>
/// <param name="AdultAge">Age from which the adult amount is owed.</param>
/// <param name="YouthRates">Shares of the adult amount owed below <paramref name="AdultAge"/>, by age, ascending; empty where the law has none.</param>
/// <param name="Source">Where the amount (and the youth rates) were published.</param>
public sealed record MinimumWage(
    Jurisdiction Jurisdiction,
    decimal Hourly,
    string Currency,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    int AdultAge,
    IReadOnlyList<YouthMinimumWage> YouthRates,
    string Source)
{
    /// <summary>Whether the amount applies on the date.</summary>
    public bool AppliesOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is not { } to || date <= to);

    /// <summary>
    /// The hourly minimum owed to a worker of the age, or null when the law as recorded sets none for
    /// that age (younger than the youngest youth rate, or a youth rate nobody recorded).
    /// </summary>
    public decimal? HourlyAt(int age)
    {
        if (age >= AdultAge)
        {
            return Hourly;
        }

        YouthMinimumWage? rate = null;
        foreach (var youth in YouthRates)
        {
            if (youth.FromAge <= age)
            {
                rate = youth;
            }
        }

        // Statutory youth amounts are rounded to the cent like the adult amount.
        return rate is null ? null : Math.Round(Hourly * rate.Share, 2, MidpointRounding.AwayFromZero);
    }
}
