namespace BorderScreening.Application.Review;

/// <summary>The answer to a claim.</summary>
public sealed record ClaimResponse(string CaseId, string ClaimedBy, DateTimeOffset LeaseUntil);
