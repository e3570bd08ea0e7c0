using BorderScreening.Application.Cases;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>A case's state for counting: its assessment, status, outcome (when decided) and deadline.</summary>
public sealed record CaseFact(string CaseId, string AssessmentId, CaseStatus Status, ReviewOutcome? Outcome, DateTimeOffset? Deadline);
