namespace BorderScreening.Application.Cases;

/// <summary>One case in a jurisdiction's worklist: its routing facts and review state, no personal data.</summary>
public sealed record WorklistItem : HitRouting
{
    /// <summary>An empty row, for deserialisation and storage mapping.</summary>
    public WorklistItem()
    {
    }

    /// <summary>The row of a hit with these routing facts, entering the worklist.</summary>
    public WorklistItem(HitRouting routing)
        : base(routing)
    {
    }

    /// <summary>Review state.</summary>
    public CaseStatus Status { get; init; }

    /// <summary>When it entered the worklist.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Why it was missed, when <see cref="Status"/> is Missed.</summary>
    public string? MissedReason { get; init; }

    /// <summary>Who holds the claim (subject id, not a name).</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>When the claim lapses.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>Decision outcome, once decided.</summary>
    public string? Outcome { get; init; }

    /// <summary>
    /// When the deadline guard raised the case to priority 1 and alerted the supervisors because its
    /// deadline was near (or passed) and nobody was working on it; null until then. Set once, so a
    /// case is escalated and alerted once.
    /// </summary>
    public DateTimeOffset? DeadlineEscalatedAt { get; init; }

    /// <summary>The own assessment of the reviewer working the case, recorded before the scores are shown; cleared on reopen.</summary>
    public OwnAssessment? OwnAssessment { get; init; }

    /// <summary>Who recorded <see cref="OwnAssessment"/> (subject id): the scores open for that reviewer only.</summary>
    public string? OwnAssessedBy { get; init; }

    /// <summary>When <see cref="OwnAssessment"/> was recorded.</summary>
    public DateTimeOffset? OwnAssessedAt { get; init; }

    /// <summary>
    /// True on a copy prepared for a reviewer who may not see the score and band (yet): they are then
    /// left out of the answer, and the reviewer forms their own view of the facts first. Never stored.
    /// </summary>
    public bool ScoresHidden { get; init; }

    /// <summary>Optimistic-concurrency tag from storage.</summary>
    public string? ETag { get; init; }

    /// <summary>
    /// Storage detail: the sort inputs the case's index rows were written with, or null when it has
    /// none (decided and missed cases, and rows written before the indexes existed).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? IndexedAs { get; init; }

    /// <summary>Whether a claim has run out: the case is back in the pool though the row still says claimed.</summary>
    public bool LeaseLapsed(DateTimeOffset now) =>
        Status == CaseStatus.Claimed && LeaseUntil is { } lease && lease <= now;

    /// <summary>The row as a reviewer sees it at <paramref name="now"/>: a lapsed claim reads as open.</summary>
    public WorklistItem AsSeenAt(DateTimeOffset now) =>
        LeaseLapsed(now) ? this with { Status = CaseStatus.Open, ClaimedBy = null, LeaseUntil = null } : this;
}
