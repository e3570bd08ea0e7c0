using System.Text.RegularExpressions;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;

namespace BorderScreening.Model.Training.Runs;

/// <summary>Counts a run's labelled examples into its <see cref="RunLineage"/>.</summary>
public static partial class RunLineageBuilder
{
    /// <summary>The lineage of a run on <paramref name="labelled"/> (the synthetic prior is described, not counted in).</summary>
    public static RunLineage Build(IReadOnlyList<LabelledExample> labelled, TrainingRunOptions options, ModelMetadata metadata, DateTimeOffset createdAt,
        double readSeconds, double trainSeconds, int syntheticPositives)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metadata);
        var checks = labelled.Where(e => e.RandomCheck).ToList();
        var recomputed = labelled.Where(e => !e.HasCurrentFeatures).ToList();
        return new RunLineage
        {
            ModelVersion = metadata.ModelVersion,
            CreatedAt = createdAt,
            Seed = options.Seed,
            DataHash = metadata.DataHash,
            FeatureSchemaHash = FeatureSchema.Hash,
            FeatureSchemaId = FeatureSchema.Id,
            Input = options.Input,
            ScreenedPeriod = labelled.Count == 0 ? null : new LineagePeriod(labelled.Min(e => e.ScreenedAt), labelled.Max(e => e.ScreenedAt)),
            LabelledPeriod = labelled.Any(e => e.LabelledAt is not null)
                ? new LineagePeriod(labelled.Where(e => e.LabelledAt is not null).Min(e => e.LabelledAt!.Value), labelled.Where(e => e.LabelledAt is not null).Max(e => e.LabelledAt!.Value))
                : null,
            Examples = labelled.Count,
            Positives = labelled.Count(e => e.Label),
            Negatives = labelled.Count(e => !e.Label),
            PerJurisdiction = Group(labelled, e => e.Record.Jurisdiction.ToCode()),
            PerLabelSource = Group(labelled, e => e.LabelSource ?? (e.Source.Length == 0 ? "unknown" : e.Source)),
            RandomChecks = new LineageRandomChecks(
                checks.Count,
                checks.Count(e => e.Label),
                Math.Round(checks.Sum(e => e.SampleWeight), 4),
                checks.Count == 0 ? null : checks.Min(e => e.SampleWeight),
                checks.Count == 0 ? null : checks.Max(e => e.SampleWeight),
                [.. checks.Where(e => e.InclusionProbability is not null).Select(e => e.InclusionProbability!.Value).Distinct().Order()]),
            Features = new LineageFeatures(
                labelled.Count - recomputed.Count,
                recomputed.Count,
                recomputed.GroupBy(TrainingRun.RecomputeReason).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)),
            CatalogueVersions = Versions(labelled, CatalogueRegex()),
            ModelVersions = Versions(labelled, ModelRegex()),
            Synthetic = options.SyntheticPrior > 0
                ? new LineageSynthetic(true, options.SyntheticPrior, options.Seed, syntheticPositives, "explicit --synthetic-prior: generated records (BorderScreening.Model.Synthetic) added to the training data; not counted in the figures above")
                : new LineageSynthetic(false, 0, null, 0, "none"),
            ReadSeconds = Math.Round(readSeconds, 2),
            TrainSeconds = Math.Round(trainSeconds, 2),
        };
    }

    private static Dictionary<string, LineageCounts> Group(IReadOnlyList<LabelledExample> examples, Func<LabelledExample, string> key) =>
        examples.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => new LineageCounts(g.Count(), g.Count(e => e.Label), g.Count(e => !e.Label), g.Count(e => e.RandomCheck)),
            StringComparer.Ordinal);

    // The export's reference reads "…; catalogue X; model Y": versions, never ids.
    private static Dictionary<string, int> Versions(IReadOnlyList<LabelledExample> examples, Regex pattern) =>
        examples.Select(e => e.LabelReference is { } r && pattern.Match(r) is { Success: true } m ? m.Groups[1].Value : "unknown")
            .GroupBy(v => v.Length == 0 ? "unknown" : v).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [GeneratedRegex(@"catalogue ([^;]*)")]
    private static partial Regex CatalogueRegex();

    [GeneratedRegex(@"model ([^;]*)")]
    private static partial Regex ModelRegex();
}
