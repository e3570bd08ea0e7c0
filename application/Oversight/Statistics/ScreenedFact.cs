namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>One screened record: its assessment, whether it was a hit, and when it was screened.</summary>
public sealed record ScreenedFact(string AssessmentId, bool IsHit, DateTimeOffset ScreenedAt);
