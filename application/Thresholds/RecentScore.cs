namespace BorderScreening.Application.Thresholds;

/// <summary>A screened record's score and time, and whether a force-review indicator put it in review regardless.</summary>
public sealed record RecentScore(double Score, DateTimeOffset ScreenedAt, bool Forced);
