namespace BorderScreening.Application.RandomChecks;

/// <summary>
/// The random review sample (issue 20): a small share of the records the rules and model did not
/// flag goes to review anyway, so reviewers' decisions include unbiased negatives and the
/// false-negative rate can be estimated. Bound from the "RandomChecks" section.
/// </summary>
public sealed class RandomCheckOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "RandomChecks";

    /// <summary>Largest share a jurisdiction may set: a sample is a check, not a second screening.</summary>
    public const double MaxShare = 0.05;

    /// <summary>
    /// Share of non-hit records drawn per jurisdiction code ("AW", "BQ-BO"); a jurisdiction not listed
    /// draws none. Empty by default: each jurisdiction turns the sample on deliberately, as its
    /// reviewers take on the extra cases (0.005 — one record in 200 — is the suggested start).
    /// </summary>
    public IDictionary<string, double> Share { get; set; } = new Dictionary<string, double>();

    /// <summary>
    /// At most this share of the day's review capacity goes to random checks; draws beyond it that day
    /// are not sent, so the sample never crowds out the hits.
    /// </summary>
    public double MaxShareOfCapacity { get; set; } = 0.2;

    /// <summary>Review deadline of a random check whose record gives none (hours after screening).</summary>
    public int DeadlineHours { get; set; } = 72;

    /// <summary>Whether the settings make sense (checked at start).</summary>
    public bool IsValid =>
        Share.Values.All(s => s is >= 0 and <= MaxShare) && MaxShareOfCapacity is >= 0 and <= 1 && DeadlineHours > 0;
}
