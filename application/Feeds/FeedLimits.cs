namespace BorderScreening.Application.Feeds;

/// <summary>
/// Limits on what a feed may send in one request. Each is documented in docs/feeds.md and answered
/// with 413 (size) or 400 (the rest), never a crash.
/// </summary>
public sealed class FeedLimits
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Feeds:Limits";

    /// <summary>Largest request body in bytes (a full wide-body PAXLST is ~200 KB).</summary>
    public int MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most records in one batch.</summary>
    public int MaxRecordsPerBatch { get; set; } = 1000;

    /// <summary>Longest text field, in characters.</summary>
    public int MaxFieldLength { get; set; } = 256;

    /// <summary>Most EDIFACT segments in one interchange.</summary>
    public int MaxSegments { get; set; } = 50_000;

    /// <summary>Deepest JSON nesting.</summary>
    public int MaxJsonDepth { get; set; } = 16;
}
