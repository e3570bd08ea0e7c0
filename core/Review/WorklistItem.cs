using BorderScreening.Core.Indicators;
using BorderScreening.Core.Records;
using BorderScreening.Core.Risk;

namespace BorderScreening.Core.Review;

/// <summary>One case in a jurisdiction's worklist: routing and review state, no personal data.</summary>
public sealed record WorklistItem
{
    /// <summary>Case id.</summary>
    public string CaseId { get; init; } = "";

    /// <summary>Assessment id.</summary>
    public string AssessmentId { get; init; } = "";

    /// <summary>Jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>Priority, 1 (most urgent) to 5.</summary>
    public int Priority { get; init; }

    /// <summary>Review deadline.</summary>
    public DateTimeOffset Deadline { get; init; }

    /// <summary>Combined score.</summary>
    public double Score { get; init; }

    /// <summary>Band.</summary>
    public RiskBand Band { get; init; }

    /// <summary>Typologies of the fired indicators.</summary>
    public IReadOnlyList<Typology> Typologies { get; init; } = [];

    /// <summary>Whether a forced-review indicator fired.</summary>
    public bool ForcedReview { get; init; }

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

    /// <summary>Optimistic-concurrency tag from storage.</summary>
    public string? ETag { get; init; }

    /// <summary>
    /// Storage detail: the sort inputs the case's index rows were written with, or null when it has
    /// none (decided and missed cases, and rows written before the indexes existed).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? IndexedAs { get; init; }
}
