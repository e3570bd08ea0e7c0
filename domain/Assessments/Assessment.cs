using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Domain.Assessments;

/// <summary>
/// The result of screening one record. It holds no clear identifiers: statistics and network counts
/// need none, and clear personal data lives only in review cases (DESIGN §5, least data).
/// </summary>
public sealed record Assessment
{
    /// <summary>Assessment id, derived from the record's source identity ("cw-…").</summary>
    public string Id { get; init; } = "";

    /// <summary>Record kind.</summary>
    public RecordKind Kind { get; init; }

    /// <summary>Jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>Sending system.</summary>
    public string SourceSystem { get; init; } = "";

    /// <summary>When it was screened.</summary>
    public DateTimeOffset ScreenedAt { get; init; }

    /// <summary>The record's own time (arrival, departure or application date), which counts and ages follow.</summary>
    public DateTimeOffset EventAt { get; init; }

    /// <summary>Combined risk with its components.</summary>
    public RiskResult Risk { get; init; } = new();

    /// <summary>What the indicators said.</summary>
    public IndicatorOutcome Indicators { get; init; } = new();

    /// <summary>What the model said (contributions for hits only).</summary>
    public ModelOutput Model { get; init; } = new();

    /// <summary>The shadow model's output, for comparison only.</summary>
    public ModelOutput? ShadowModel { get; init; }

    /// <summary>Catalogue version used.</summary>
    public string CatalogueVersion { get; init; } = "";

    /// <summary>Model version used.</summary>
    public string ModelVersion { get; init; } = "";

    /// <summary>Review case id when the record is a hit (or an earlier version of it was).</summary>
    public string? CaseId { get; init; }

    /// <summary>1 for a record as first received; 2, 3, … for each correction of it (same identity, other content).</summary>
    public int Version { get; init; } = 1;

    /// <summary>The id of the version this one corrects; null for a first version.</summary>
    public string? Amends { get; init; }

    /// <summary>Rolling network counts seen, as "Sponsor/30d" → 7.</summary>
    public IReadOnlyDictionary<string, int> NetworkCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>Tolerated deviations in the input.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
