using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>The statistics of one jurisdiction and period as the API and the report show them.</summary>
public sealed record JurisdictionStatistics
{
    /// <summary>Jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>First instant of the period (inclusive).</summary>
    public DateTimeOffset From { get; init; }

    /// <summary>End of the period (exclusive).</summary>
    public DateTimeOffset To { get; init; }

    /// <summary>Whether small counts were suppressed and the rest rounded (docs/statistics.md).</summary>
    public bool Publication { get; init; }

    /// <summary>When the figures were computed.</summary>
    public DateTimeOffset ComputedAt { get; init; }

    /// <summary>Records screened.</summary>
    public PublishedFigure RecordsScreened { get; init; } = new(0, "0");

    /// <summary>Hits.</summary>
    public PublishedFigure Hits { get; init; } = new(0, "0");

    /// <summary>Decided hits.</summary>
    public PublishedFigure Decided { get; init; } = new(0, "0");

    /// <summary>Decisions by outcome.</summary>
    public IReadOnlyDictionary<string, PublishedFigure> DecisionsByOutcome { get; init; } = new Dictionary<string, PublishedFigure>();

    /// <summary>Referrals by destination.</summary>
    public IReadOnlyDictionary<string, PublishedFigure> ReferralsByDestination { get; init; } = new Dictionary<string, PublishedFigure>();

    /// <summary>Partner outcomes of the referrals, by outcome (confirmed-victim, exploitation-found, no-indication, unknown).</summary>
    public IReadOnlyDictionary<string, PublishedFigure> PartnerOutcomes { get; init; } = new Dictionary<string, PublishedFigure>();

    /// <summary>Hits whose deadline passed without a decision.</summary>
    public PublishedFigure MissedDeadlines { get; init; } = new(0, "0");

    /// <summary>Of the missed deadlines, hits that never reached a reviewer (expired, undeliverable or dead-lettered).</summary>
    public PublishedFigure NeverReachedReview { get; init; } = new(0, "0");

    /// <summary>Hits still waiting with time left.</summary>
    public PublishedFigure Pending { get; init; } = new(0, "0");

    /// <summary>Median hours from screening to decision.</summary>
    public PublishedFigure MedianHoursToDecision { get; init; } = new(null, "–");

    /// <summary>Share of decided hits not decided "no concern".</summary>
    public PublishedFigure PrecisionOfHits { get; init; } = new(null, "–");

    /// <summary>The figures of <paramref name="counts"/>, exact or for publication.</summary>
    public static JurisdictionStatistics Build(StatisticsCounts counts, bool publication, DateTimeOffset computedAt) => new()
    {
        Jurisdiction = counts.Jurisdiction,
        From = counts.From,
        To = counts.To,
        Publication = publication,
        ComputedAt = computedAt,
        RecordsScreened = DisclosureControl.Count(counts.RecordsScreened, publication),
        Hits = DisclosureControl.Count(counts.Hits, publication),
        Decided = DisclosureControl.Count(counts.Decided, publication),
        DecisionsByOutcome = counts.DecisionsByOutcome.ToDictionary(p => p.Key, p => DisclosureControl.Count(p.Value, publication)),
        ReferralsByDestination = counts.ReferralsByDestination.ToDictionary(p => p.Key, p => DisclosureControl.Count(p.Value, publication)),
        PartnerOutcomes = counts.PartnerOutcomes.ToDictionary(p => p.Key, p => DisclosureControl.Count(p.Value, publication)),
        MissedDeadlines = DisclosureControl.Count(counts.MissedDeadlines, publication),
        NeverReachedReview = DisclosureControl.Count(counts.NeverReachedReview, publication),
        Pending = DisclosureControl.Count(counts.Pending, publication),
        MedianHoursToDecision = DisclosureControl.Hours(counts.MedianHoursToDecision, counts.Decided, publication),
        PrecisionOfHits = DisclosureControl.Share(counts.PrecisionOfHits, counts.Decided, publication),
    };
}
