namespace BorderScreening.Application.Retention;

/// <summary>
/// How long data is kept (defaults and their reasons in docs/security.md). Periods in days.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Retention";

    /// <summary>Assessments that were not hits: only statistics need them; 90 days covers the widest counting window.</summary>
    public int NonHitAssessmentDays { get; set; } = 90;

    /// <summary>Network sightings: the widest counting window is 90 days, older ones count for nothing.</summary>
    public int SightingDays { get; set; } = 90;

    /// <summary>Decided and missed cases keep clear data this long, then are depersonalised (PNR benchmark: six months).</summary>
    public int CaseDepersonaliseDays { get; set; } = 180;
}
