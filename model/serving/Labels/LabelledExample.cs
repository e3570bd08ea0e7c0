using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Model.Serving.Labels;

/// <summary>
/// One labelled record as exported for training (JSON lines), with where the label came from.
/// Synthetic exports also carry the ground truth; exports from review never do.
/// </summary>
public sealed record LabelledExample
{
    /// <summary>The screened record.</summary>
    public required ScreeningRecord Record { get; init; }

    /// <summary>When it was screened; in a review export the first day of that month (UTC), never the exact time.</summary>
    public DateTimeOffset ScreenedAt { get; init; }

    /// <summary>The network counts stored with the assessment.</summary>
    public IReadOnlyList<NetworkCountEntry> Counts { get; init; } = [];

    /// <summary>Training label: true only for cases a reviewer confirmed.</summary>
    public bool Label { get; init; }

    /// <summary>Ground truth, known only for synthetic data; evaluation prefers it when present.</summary>
    public bool? TrueLabel { get; init; }

    /// <summary>Typology of a positive case, when known.</summary>
    public Typology? Typology { get; init; }

    /// <summary>Provenance: "synthetic" or the jurisdiction whose review produced the label ("review:AW", ...).</summary>
    public string Source { get; init; } = "";

    /// <summary>
    /// Provenance: the generator run, or for a review export a reference valid within that export only
    /// ("x-…", a keyed hash under a key made for the export and then forgotten) with the outcome,
    /// reviewer role, catalogue and model versions — never the case or assessment id.
    /// </summary>
    public string? LabelReference { get; init; }

    /// <summary>Provenance: when the label was decided; in a review export the first day of that month (UTC).</summary>
    public DateTimeOffset? LabelledAt { get; init; }

    /// <summary>The label evaluation uses: ground truth when known, else the observed label.</summary>
    public bool EvaluationLabel => TrueLabel ?? Label;

    /// <summary>The context features and rules read.</summary>
    public ScreeningContext ToContext()
    {
        var counts = new NetworkCounts();
        foreach (var entry in Counts)
        {
            counts.Set(entry.Type, entry.WindowDays, entry.Count);
        }

        return new ScreeningContext(Record, StandIn, counts, ScreenedAt);
    }

    /// <summary>Lists counts for export.</summary>
    public static IReadOnlyList<NetworkCountEntry> ToEntries(NetworkCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.All
            .OrderBy(c => c.Key.Type).ThenBy(c => c.Key.WindowDays)
            .Select(c => new NetworkCountEntry(c.Key.Type, c.Key.WindowDays, c.Value))
            .ToArray();
    }

    private static readonly Pseudonyms StandIn = new() { KeyId = "export" };
}

/// <summary>One rolling count: records naming the same entity of a type in a window.</summary>
public sealed record NetworkCountEntry(NetworkEntityType Type, int WindowDays, int Count);
