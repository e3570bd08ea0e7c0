namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// The monitoring figures of one jurisdiction and day. It holds counts, rates, indices and group
/// names only: no record ids and no personal data, so it can be stored, shown and logged.
/// </summary>
public sealed record MonitoringReport
{
    /// <summary>Jurisdiction code.</summary>
    public string Jurisdiction { get; init; } = "";

    /// <summary>The day (UTC) of screening.</summary>
    public DateOnly Day { get; init; }

    /// <summary>When the report was computed (decisions made later are not in it).</summary>
    public DateTimeOffset ComputedAt { get; init; }

    /// <summary>Records screened.</summary>
    public int Records { get; init; }

    /// <summary>Hits.</summary>
    public int Hits { get; init; }

    /// <summary>Hits / records.</summary>
    public double HitRate { get; init; }

    /// <summary>Hits decided so far.</summary>
    public int Decided { get; init; }

    /// <summary>Hits referred so far.</summary>
    public int Referrals { get; init; }

    /// <summary>Referrals / records.</summary>
    public double ReferralRate { get; init; }

    /// <summary>Model versions that scored the day's records.</summary>
    public IReadOnlyList<string> ModelVersions { get; init; } = [];

    /// <summary>Where the reference distributions come from (empty when none was available).</summary>
    public string Reference { get; init; } = "";

    /// <summary>Drift of the risk score (null when there was no reference or too few records).</summary>
    public DriftFigure? ScoreDrift { get; init; }

    /// <summary>Drift per model feature, largest first.</summary>
    public IReadOnlyList<DriftFigure> FeatureDrift { get; init; } = [];

    /// <summary>How often each active indicator fired, most frequent first.</summary>
    public IReadOnlyList<IndicatorRate> Indicators { get; init; } = [];

    /// <summary>Hit and referral rates per audit group as ratios to the overall rates.</summary>
    public IReadOnlyList<GroupRate> Groups { get; init; } = [];

    /// <summary>Shadow model against the active one (null when no record had a shadow score).</summary>
    public ShadowModelComparison? ShadowModel { get; init; }

    /// <summary>How often each shadow indicator would have fired.</summary>
    public IReadOnlyList<ShadowIndicatorRate> ShadowIndicators { get; init; } = [];

    /// <summary>Alerts raised.</summary>
    public IReadOnlyList<MonitoringAlert> Alerts { get; init; } = [];
}

/// <summary>Population stability index of one distribution.</summary>
public sealed record DriftFigure(string Name, double Psi, bool Alert);

/// <summary>How often an indicator fired.</summary>
public sealed record IndicatorRate(string Id, int Fires, double Rate, int FiresOnHits);

/// <summary>
/// One audit group's rates and their ratios: to the rates of the records outside the dimension's
/// expected groups, or, for an expected group itself, to the overall rates.
/// </summary>
public sealed record GroupRate(
    string Dimension, string Group, int Records, int Hits, double HitRate, double? HitRatio,
    int Referrals, double ReferralRate, double? ReferralRatio, bool Judged, bool Expected);

/// <summary>The shadow model against the active model on the records both scored.</summary>
/// <param name="ShadowVersion">Shadow model version.</param>
/// <param name="Records">Records both models scored.</param>
/// <param name="Agreement">Share of records whose probabilities differ by at most the tolerance.</param>
/// <param name="MeanAbsoluteDifference">Mean |active − shadow|.</param>
/// <param name="TopK">The k compared: the day's hit count (at least 1).</param>
/// <param name="TopKOverlap">Share of the active model's k highest records that are also among the shadow's k highest.</param>
public sealed record ShadowModelComparison(string ShadowVersion, int Records, double Agreement, double MeanAbsoluteDifference, int TopK, double TopKOverlap);

/// <summary>How often a shadow indicator would have fired, on hits and on records that were not hits.</summary>
public sealed record ShadowIndicatorRate(string Id, int Fires, double Rate, int FiresOnHits, int FiresOnNonHits);

/// <summary>A monitoring alert: a kind, what it is about, the value and the bound it crossed.</summary>
public sealed record MonitoringAlert(string Jurisdiction, DateOnly Day, string Kind, string Subject, double Value, double Bound, string Message);

/// <summary>Alert kinds.</summary>
public static class AlertKinds
{
    /// <summary>A score or feature distribution moved away from the reference.</summary>
    public const string Drift = "drift";

    /// <summary>An audit group's hit rate is out of proportion.</summary>
    public const string HitDisparity = "hit-disparity";

    /// <summary>An audit group's referral rate is out of proportion.</summary>
    public const string ReferralDisparity = "referral-disparity";

    /// <summary>
    /// A hit's review deadline is near and nobody is working on it (the deadline guard raised it to
    /// priority 1). Subject: the case id; value: hours left; bound: the warning period in hours.
    /// </summary>
    public const string DeadlineNear = "deadline-near";

    /// <summary>A hit's deadline passed while its case was still waiting in the worklist (value: hours overdue, negative).</summary>
    public const string DeadlinePassed = "deadline-passed";

    /// <summary>A hit became a missed case: expired, undeliverable or dead-lettered (subject: the case id).</summary>
    public const string MissedReview = "missed-review";
}
