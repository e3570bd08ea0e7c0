using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;

namespace BorderScreening.Application.History;

/// <summary>
/// One record in the screening history: what a replay needs to judge it again as it stood then —
/// the depersonalised record, its counts at its own time, and what was concluded. No names,
/// documents, contacts or addresses (<see cref="HistoryRecord"/>).
/// </summary>
public sealed record HistoryEntry
{
    /// <summary>The record's first assessment id (the history holds one entry per record; a correction or recount replaces it).</summary>
    public string Id { get; init; } = "";

    /// <summary>Jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>The first version's own time: the entry is filed under it.</summary>
    public DateTimeOffset FiledAt { get; init; }

    /// <summary>The latest version's own time.</summary>
    public DateTimeOffset EventAt { get; init; }

    /// <summary>When the latest version was screened.</summary>
    public DateTimeOffset ScreenedAt { get; init; }

    /// <summary>The depersonalised record; its reference is the assessment id.</summary>
    public ScreeningRecord Record { get; init; } = new TravellerRecord();

    /// <summary>Network counts as "Sponsor/30d" → 7, at the record's own time.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    /// <summary>The latest version number.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Band concluded.</summary>
    public RiskBand Band { get; init; }

    /// <summary>Whether it was a hit.</summary>
    public bool IsHit { get; init; }

    /// <summary>Ids of the indicators that fired.</summary>
    public IReadOnlyList<string> Fired { get; init; } = [];

    /// <summary>The review case, when there is one.</summary>
    public string? CaseId { get; init; }

    /// <summary>Catalogue version used.</summary>
    public string CatalogueVersion { get; init; } = "";
}
