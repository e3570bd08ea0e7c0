using BorderScreening.Application.Cases;

namespace BorderScreening.Application.Review;

/// <summary>Another case linked through a shared entity.</summary>
public sealed record LinkedCase(string CaseId, string EntityType, CaseStatus Status, string? Outcome, DateTimeOffset ReceivedAt);
