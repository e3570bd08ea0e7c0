namespace BorderScreening.Application.Audit;

/// <summary>
/// One entry of the append-only audit log. The detail is the action's structured detail
/// followed by the reviewer's free-text reason, if any ("to reviewer-7: on leave"); the reason is
/// stored apart, so the retention job can remove it sooner than the entry (docs/security.md).
/// </summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Role, string Action, string? CaseId, string? Jurisdiction, string? Detail, string? Source)
{
    /// <summary>What an entry shows in place of a reason the retention job removed.</summary>
    public const string RemovedReason = "(reason removed after its retention period)";

    /// <summary>The detail as shown: the structured part, then the reason after a colon.</summary>
    public static string? DetailWithReason(string? detail, string? reason) =>
        string.IsNullOrEmpty(reason) ? detail
        : string.IsNullOrEmpty(detail) ? reason
        : $"{detail}: {reason}";
}
