using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>
/// One employer, agency, sponsor or address on a check plan: how often it stood behind a recent hit,
/// how many records named it, which indicators fired, and the score that ranks it (with its parts in
/// words, so an inspector can check the rank).
/// </summary>
public sealed record PlannedEntity
{
    /// <summary>Rank on the plan, from 1.</summary>
    public int Rank { get; init; }

    /// <summary>What kind of entity.</summary>
    public NetworkEntityType EntityType { get; init; }

    /// <summary>The entity's pseudonym (keyed hash, per jurisdiction): the key findings are recorded against.</summary>
    public string EntityKey { get; init; } = "";

    /// <summary>Name or address as a record gave it; only for callers with the right to see it (supervisors of the jurisdiction), else null.</summary>
    public string? ClearValue { get; init; }

    /// <summary>Hits (cases) of the period that name the entity.</summary>
    public int Hits { get; init; }

    /// <summary>Of those, cases still waiting for a decision.</summary>
    public int OpenCases { get; init; }

    /// <summary>Of those, cases decided as a referral.</summary>
    public int Referrals { get; init; }

    /// <summary>The most records naming the entity within 30 days, as counted when its hits were screened.</summary>
    public int RecordsIn30Days { get; init; }

    /// <summary>Indicators that fired on its hits, most frequent first.</summary>
    public IReadOnlyList<IndicatorTally> Indicators { get; init; } = [];

    /// <summary>Typologies of those indicators.</summary>
    public IReadOnlyList<Typology> Typologies { get; init; } = [];

    /// <summary>When the latest of its hits was raised.</summary>
    public DateTimeOffset LastHitAt { get; init; }

    /// <summary>The ranking score (<see cref="CheckPlanScore"/>).</summary>
    public int Score { get; init; }

    /// <summary>The score's parts in words ("3 hits × 10 + 1 referral × 20 + …").</summary>
    public string Why { get; init; } = "";
}
