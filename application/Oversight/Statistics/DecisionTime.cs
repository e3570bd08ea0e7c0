namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>When a case was decided.</summary>
public sealed record DecisionTime(string CaseId, DateTimeOffset DecidedAt);
