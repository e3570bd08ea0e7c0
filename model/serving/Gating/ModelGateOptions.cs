namespace BorderScreening.Model.Serving.Gating;

/// <summary>
/// How the server builds its frozen evaluation set and compares an uploaded card with its own figures
/// (configuration section "ModelGates"; docs/model.md "Server gates").
/// </summary>
public sealed class ModelGateOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ModelGates";

    /// <summary>
    /// Fewest positive stored labels (confirmed referrals, all jurisdictions) for the set to be built
    /// from stored labels; below it the server falls back to the synthetic holdout. AUPRC on fewer
    /// positives moves by more than the gates' tolerances between two draws.
    /// </summary>
    public int MinimumPositives { get; set; } = 30;

    /// <summary>Labels decided within this many days before freezing are taken ("recent decisions").</summary>
    public int RecentDays { get; set; } = 365;

    /// <summary>At most this many labels per jurisdiction, newest first (bounds the registration's work).</summary>
    public int MaxRowsPerJurisdiction { get; set; } = 20_000;

    /// <summary>A set older than this is replaced at the next evaluation (documented rule); 0 keeps it until frozen explicitly.</summary>
    public int MaxSetAgeDays { get; set; } = 90;

    /// <summary>
    /// A frozen set (the current one included) is deleted by the retention job this many days after it
    /// was frozen: its rows copy labels, features and audit groups, which must not outlive the history
    /// they come from (Retention:HistoryDays, 400). Models evaluated on it keep the figures.
    /// </summary>
    public int SetRetentionDays { get; set; } = 400;

    /// <summary>
    /// Seed of the synthetic fallback. Not the trainer's default seed (20261128): a holdout from the
    /// training seed would repeat the records the shipped model learnt from.
    /// </summary>
    public int SyntheticSeed { get; set; } = 7_070_707;

    /// <summary>Records in the synthetic fallback (about 0.5% positives).</summary>
    public int SyntheticCount { get; set; } = 20_000;

    /// <summary>A card figure further than this from the server's (AUPRC, recall at capacity) is flagged.</summary>
    public double CardFlagTolerance { get; set; } = 0.05;

    /// <summary>
    /// A card whose candidate figure exceeds the server's by more than this is refused (gate
    /// <c>card-figures</c>). Wider than the flag: the card's holdout is not the server's set.
    /// </summary>
    public double CardRefuseTolerance { get; set; } = 0.15;

    /// <summary>Reviews each jurisdiction can do per day (the trainer's defaults).</summary>
    public Dictionary<string, int> DailyCapacity { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AW"] = 40, ["CW"] = 60, ["SX"] = 30, ["BQ-BO"] = 15, ["BQ-SE"] = 5, ["BQ-SA"] = 5,
    };

    /// <summary>
    /// Records per day each border screens (the trainer's assumptions): capacity is applied as the same
    /// share of a set's (weighted) records that day.
    /// </summary>
    public Dictionary<string, int> DailyVolume { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AW"] = 7_000, ["CW"] = 5_000, ["SX"] = 4_000, ["BQ-BO"] = 1_600, ["BQ-SE"] = 60, ["BQ-SA"] = 60,
    };

    /// <summary>Fairness ratios outside [low, high] are flagged (as in the trainer's audit).</summary>
    public double FairnessLow { get; set; } = 0.8;

    /// <summary>Fairness ratios outside [low, high] are flagged.</summary>
    public double FairnessHigh { get; set; } = 1.25;

    /// <summary>A hit-rate ratio is flagged only when the group would expect this many hits at the overall rate.</summary>
    public int MinimumExpectedHits { get; set; } = 20;

    /// <summary>A recall ratio is flagged only for groups with at least this many positives.</summary>
    public int MinimumGroupPositives { get; set; } = 30;
}
