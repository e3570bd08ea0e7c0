namespace BorderScreening.Application.Cases;

/// <summary>Review rules that operators may tune.</summary>
public sealed class ReviewOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Review";

    /// <summary>How long a claim lasts without renewal (the case returns to the pool after).</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Longest snooze a reviewer may set (DESIGN: at most 180 days).</summary>
    public int MaxSnoozeDays { get; set; } = 180;

    /// <summary>
    /// Longest snooze of an indicator that forces review (an unaccompanied minor, for example), which
    /// only a supervisor of the jurisdiction may set or extend. Shorter than <see cref="MaxSnoozeDays"/>
    /// (checked at start): such an indicator stands for a risk the catalogue says a person must always
    /// look at, so silencing it must come back to a supervisor soon.
    /// </summary>
    public int MaxForcedReviewSnoozeDays { get; set; } = 30;

    /// <summary>Whether the limits hold together (checked at start).</summary>
    public bool IsValid =>
        MaxSnoozeDays >= 1 && MaxForcedReviewSnoozeDays >= 1 && MaxForcedReviewSnoozeDays < MaxSnoozeDays
        && ClaimLease > TimeSpan.Zero && MaxNoteLength > 0;

    /// <summary>Longest free-text note.</summary>
    public int MaxNoteLength { get; set; } = 2000;

    /// <summary>Reason codes a decision may carry.</summary>
    public IList<string> ReasonCodes { get; set; } =
    [
        "FACTS_EXPLAINED", "DOCUMENTS_IN_ORDER", "INTERVIEW_CONCERN", "THIRD_PARTY_CONTROL",
        "MINOR_AT_RISK", "EXPLOITATIVE_CONDITIONS", "OTHER",
    ];
}
