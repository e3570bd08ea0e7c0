namespace BorderScreening.Domain.Risk;

/// <summary>The combined risk of one record, with each component kept so reviewers see why.</summary>
public sealed record RiskResult
{
    /// <summary>Combined score in [0, 1].</summary>
    public double Score { get; init; }

    /// <summary>Band.</summary>
    public RiskBand Band { get; init; }

    /// <summary>Rules component in [0, 1].</summary>
    public double RulesScore { get; init; }

    /// <summary>Model component in [0, 1].</summary>
    public double ModelProbability { get; init; }

    /// <summary>Threshold in force when scored.</summary>
    public double Threshold { get; init; }

    /// <summary>Whether a forced-review indicator fired.</summary>
    public bool ForcedReview { get; init; }

    /// <summary>Whether the record goes to human review.</summary>
    public bool IsHit { get; init; }

    /// <summary>Review priority, 1 (most urgent) to 5.</summary>
    public int Priority { get; init; }

    /// <summary>Deadline for review.</summary>
    public DateTimeOffset? Deadline { get; init; }
}
