namespace BorderScreening.Model.Synthetic;

/// <summary>Settings of one generation run. The same settings give the same output.</summary>
public sealed record SyntheticOptions
{
    /// <summary>Seed of the generator's PRNG.</summary>
    public int Seed { get; init; } = 20261128;

    /// <summary>Number of records to generate (travellers and permit applications together).</summary>
    public int Count { get; init; } = 20_000;

    /// <summary>Start of the generated period (UTC midnight).</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Records per day over all jurisdictions. The stream covers Count / RecordsPerDay days; the
    /// density decides how full the 7/30/90-day network windows get, so keep it fixed across sizes.
    /// </summary>
    public int RecordsPerDay { get; init; } = 2_500;

    /// <summary>Share of records that belong to trafficking scenarios (true positives).</summary>
    public double PositiveRate { get; init; } = 0.005;

    /// <summary>Share of permit applications among all records.</summary>
    public double PermitShare { get; init; } = 0.08;

    /// <summary>Share of true cases that were never confirmed (their observed label stays null).</summary>
    public double UnlabelledFraction { get; init; } = 0.30;

    /// <summary>Share of true cases that review wrongly cleared (observed label false).</summary>
    public double MissedByReviewFraction { get; init; } = 0.05;

    /// <summary>Share of ordinary records wrongly confirmed (observed label true).</summary>
    public double FalseLabelRate { get; init; } = 0.0002;

    /// <summary>Share of ordinary records that were reviewed and cleared (observed label false).</summary>
    public double ReviewedNegativeRate { get; init; } = 0.01;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RecordsPerDay, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(PositiveRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PositiveRate, 0.5);
        ArgumentOutOfRangeException.ThrowIfNegative(PermitShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PermitShare, 1);
    }
}
