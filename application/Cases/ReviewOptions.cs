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

    /// <summary>Longest free-text note.</summary>
    public int MaxNoteLength { get; set; } = 2000;

    /// <summary>Reason codes a decision may carry.</summary>
    public IList<string> ReasonCodes { get; set; } =
    [
        "FACTS_EXPLAINED", "DOCUMENTS_IN_ORDER", "INTERVIEW_CONCERN", "THIRD_PARTY_CONTROL",
        "MINOR_AT_RISK", "EXPLOITATIVE_CONDITIONS", "OTHER",
    ];
}
