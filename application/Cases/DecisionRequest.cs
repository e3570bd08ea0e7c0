namespace BorderScreening.Application.Cases;

/// <summary>Body of a decision.</summary>
/// <param name="OwnAssessment">The reviewer's own view, required before the decision is accepted.</param>
/// <param name="Outcome">The decision.</param>
/// <param name="ReasonCodes">Coded reasons (see docs/review.md).</param>
/// <param name="Note">Free text, at most 2000 characters.</param>
/// <param name="Destinations">
/// For a referral: the ids of the jurisdiction's partners to send it to, each its own signal (default:
/// the partner of the outcome's kind).
/// </param>
public sealed record DecisionRequest(OwnAssessment? OwnAssessment, ReviewOutcome? Outcome, IReadOnlyList<string>? ReasonCodes, string? Note, IReadOnlyList<string>? Destinations = null);
