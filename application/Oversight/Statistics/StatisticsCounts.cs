using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>
/// The raw figures of one jurisdiction and period, counted from stored assessments, cases and
/// decisions. Everything counts the records screened in the period (a cohort), so hits, decisions
/// and referrals are of those records, whenever they were decided.
/// </summary>
public sealed record StatisticsCounts
{
    /// <summary>Jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>First instant of the period (inclusive).</summary>
    public DateTimeOffset From { get; init; }

    /// <summary>End of the period (exclusive).</summary>
    public DateTimeOffset To { get; init; }

    /// <summary>Assessments stored for records screened in the period.</summary>
    public int RecordsScreened { get; init; }

    /// <summary>Of those, hits (sent for human review).</summary>
    public int Hits { get; init; }

    /// <summary>Decided hits by outcome name (every outcome listed, zeros included).</summary>
    public IReadOnlyDictionary<string, int> DecisionsByOutcome { get; init; } = new Dictionary<string, int>();

    /// <summary>Referrals by destination name (every destination listed, zeros included).</summary>
    public IReadOnlyDictionary<string, int> ReferralsByDestination { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Partner outcomes of the referrals made from those hits, by outcome wire name (every outcome
    /// listed, zeros included): one per signal, the latest the partner recorded.
    /// </summary>
    public IReadOnlyDictionary<string, int> PartnerOutcomes { get; init; } = new Dictionary<string, int>();

    /// <summary>Hits whose deadline passed without a decision (missed, or still undecided after it).</summary>
    public int MissedDeadlines { get; init; }

    /// <summary>
    /// Of those, hits that never reached a reviewer: filed as missed cases because their queue message
    /// expired, could not be delivered or was dead-lettered, or they could not be published in time.
    /// The rest waited in the worklist past their deadline.
    /// </summary>
    public int NeverReachedReview { get; init; }

    /// <summary>Hits still waiting for a decision with time left.</summary>
    public int Pending { get; init; }

    /// <summary>Median hours from screening to decision, over decided hits; null when none.</summary>
    public double? MedianHoursToDecision { get; init; }

    /// <summary>Decided hits.</summary>
    public int Decided => DecisionsByOutcome.Values.Sum();

    /// <summary>Share of decided hits not decided "no concern"; null when none were decided.</summary>
    public double? PrecisionOfHits => Decided == 0 ? null : (double)(Decided - DecisionsByOutcome.GetValueOrDefault("NoConcern")) / Decided;
}
