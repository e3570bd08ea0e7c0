using BorderScreening.Application.Oversight.Statistics;

namespace BorderScreening.Application.Review.Agreement;

/// <summary>
/// Agreement figures of one reviewer (or "all") in one month (or "all"). Counts of 1–9 are
/// suppressed and shares built on fewer than 10 decisions are withheld, so a row never singles out
/// a handful of cases (the statistics' disclosure rule).
/// </summary>
/// <param name="Reviewer">Subject id of the reviewer, or "all".</param>
/// <param name="Month">yyyy-MM of the decisions, or "all".</param>
/// <param name="Decisions">Decisions in the group.</param>
/// <param name="OwnAgreesWithScore">Share of own assessments (concern / no concern) that match the score (concern = band High).</param>
/// <param name="OwnAgreesWithOutcome">Share of own assessments that match the final outcome (concern = a referral).</param>
/// <param name="OutcomeFollowsScore">Share of outcomes that match the score: how often the decision simply follows the machine.</param>
/// <param name="Unsure">Share of own assessments that were "unsure".</param>
public sealed record AgreementRow(
    string Reviewer,
    string Month,
    PublishedFigure Decisions,
    PublishedFigure OwnAgreesWithScore,
    PublishedFigure OwnAgreesWithOutcome,
    PublishedFigure OutcomeFollowsScore,
    PublishedFigure Unsure);
