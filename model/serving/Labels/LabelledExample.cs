using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using Schema = BorderScreening.Model.Serving.Features.FeatureSchema;

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

    /// <summary>
    /// Training label: true for cases a reviewer referred or a partner confirmed (a partner's outcome
    /// overrides the reviewer, see <see cref="LabelSource"/>).
    /// </summary>
    public bool Label { get; init; }

    /// <summary>Ground truth, known only for synthetic data; evaluation prefers it when present.</summary>
    public bool? TrueLabel { get; init; }

    /// <summary>Typology of a positive case, when known.</summary>
    public Typology? Typology { get; init; }

    /// <summary>Provenance: "synthetic" or the jurisdiction whose review produced the label ("review:AW", ...).</summary>
    public string Source { get; init; } = "";

    /// <summary>
    /// Which kind of evidence gave <see cref="Label"/> in a review export (<see cref="LabelSources"/>):
    /// <c>outcome</c>, <c>random-check</c>, <c>inspection</c> or <c>review</c>. Null for synthetic data
    /// (its <see cref="Source"/> says "synthetic"; the generator's golden output stays as it is) and in
    /// exports made before the field existed.
    /// </summary>
    public string? LabelSource { get; init; }

    /// <summary>
    /// Provenance: the generator run, or for a review export a reference valid within that export only
    /// ("x-…", a keyed hash under a key made for the export and then forgotten) with the outcome,
    /// reviewer role, catalogue and model versions — never the case or assessment id.
    /// </summary>
    public string? LabelReference { get; init; }

    /// <summary>Provenance: when the label was decided; in a review export the first day of that month (UTC).</summary>
    public DateTimeOffset? LabelledAt { get; init; }

    /// <summary>
    /// Whether the label comes from a random check: a record the rules and model did not flag, drawn
    /// for review (issue 20). These are the unbiased negatives — and the found false negatives.
    /// </summary>
    public bool RandomCheck { get; init; }

    /// <summary>
    /// Probability the record had of being reviewed: the jurisdiction's share for a random check;
    /// null for a hit (reviewed with certainty) and for synthetic data.
    /// </summary>
    public double? InclusionProbability { get; init; }

    /// <summary>
    /// The example's design weight, 1 / <see cref="InclusionProbability"/> (1 when unknown): a random
    /// check drawn at 0.5% stands for the 200 unreviewed non-hits like it, so training and evaluation
    /// see the population, not only what the rules flagged. Capped at <see cref="MaxSampleWeight"/>.
    /// </summary>
    public double SampleWeight => InclusionProbability is { } p and > 0 ? Math.Min(MaxSampleWeight, 1 / p) : 1;

    /// <summary>Largest design weight: a share below 1 in 10,000 would let single labels dominate.</summary>
    public const double MaxSampleWeight = 10_000;

    /// <summary>
    /// The model features stored with the assessment when it was scored (point in time), in
    /// <see cref="Schema"/> order; null when the store held none (synthetic data,
    /// older assessments). Training uses them when <see cref="FeatureSchemaId"/> matches this build.
    /// </summary>
    public IReadOnlyList<float>? Features { get; init; }

    /// <summary>Id of the feature schema <see cref="Features"/> follow (first 16 hex digits of its hash).</summary>
    public string? FeatureSchemaId { get; init; }

    /// <summary>Whether <see cref="Features"/> are present and follow this build's feature schema.</summary>
    public bool HasCurrentFeatures =>
        Features is { Count: Schema.Count } && FeatureSchemaId == Schema.Id;

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
