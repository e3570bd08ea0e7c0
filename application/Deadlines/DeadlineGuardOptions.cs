namespace BorderScreening.Application.Deadlines;

/// <summary>When the deadline guard escalates and when it files a hit as missed (configuration section "Deadlines").</summary>
public sealed class DeadlineGuardOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Deadlines";

    /// <summary>
    /// A waiting case (open, escalated, or claimed under a lapsed lease) whose deadline is this close is
    /// raised to priority 1 and its supervisors are alerted. One hour, the same "deadline within 1 hour"
    /// the supervision screen counts.
    /// </summary>
    public TimeSpan EscalateBefore { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How far back the escalation looks for waiting cases whose deadline has passed unescalated (a case
    /// that reached the worklist late, or a guard that was not running), so the read stays a window.
    /// </summary>
    public TimeSpan OverdueLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long after its deadline a hit without a worklist case is filed as missed. At least the hit
    /// queue's minimum time-to-live (checked at start), so a message that may still be on the queue is
    /// left to the intake, which knows the better reason.
    /// </summary>
    public TimeSpan MissedAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Cases escalated and deadline checks settled per jurisdiction and run, so one run stays short.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Whether the settings hold together on their own.</summary>
    public bool IsValid =>
        EscalateBefore > TimeSpan.Zero && OverdueLookback >= TimeSpan.Zero && MissedAfter >= TimeSpan.Zero && BatchSize > 0;
}
