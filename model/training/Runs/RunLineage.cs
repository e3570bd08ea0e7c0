using System.Text.Json;
using BorderScreening.Application.Feeds.Json;

namespace BorderScreening.Model.Training.Runs;

/// <summary>
/// lineage.json of a run directory: what a model was trained on, counted — input, periods, counts per
/// jurisdiction and label source, positives and negatives, random checks and their weights, how the
/// features were obtained, the versions the labelled records were scored with, and any synthetic prior.
/// Holds counts and versions only, never a record or a case id.
/// </summary>
public sealed record RunLineage
{
    /// <summary>File name in the run directory.</summary>
    public const string FileName = "lineage.json";

    public required string ModelVersion { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Seed { get; init; }
    public required string DataHash { get; init; }
    public required string FeatureSchemaHash { get; init; }
    public required string FeatureSchemaId { get; init; }
    public required TrainingInput Input { get; init; }

    /// <summary>Earliest and latest screening time (a review export holds months) and decision time of the labels.</summary>
    public LineagePeriod? ScreenedPeriod { get; init; }
    public LineagePeriod? LabelledPeriod { get; init; }

    /// <summary>Labelled examples read (synthetic prior not included).</summary>
    public int Examples { get; init; }
    public int Positives { get; init; }
    public int Negatives { get; init; }
    public IReadOnlyDictionary<string, LineageCounts> PerJurisdiction { get; init; } = new Dictionary<string, LineageCounts>();

    /// <summary>
    /// Examples per kind of evidence behind the label (the export's <c>labelSource</c>: "outcome",
    /// "random-check", "inspection", "review"); an example without one (older exports, synthetic files)
    /// counts under its <c>Source</c> ("review:AW", "synthetic").
    /// </summary>
    public IReadOnlyDictionary<string, LineageCounts> PerLabelSource { get; init; } = new Dictionary<string, LineageCounts>();
    public required LineageRandomChecks RandomChecks { get; init; }
    public required LineageFeatures Features { get; init; }

    /// <summary>Catalogue and model versions the labelled records were scored with, with counts.</summary>
    public IReadOnlyDictionary<string, int> CatalogueVersions { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> ModelVersions { get; init; } = new Dictionary<string, int>();
    public required LineageSynthetic Synthetic { get; init; }

    /// <summary>Seconds spent reading the input (from the store or a file).</summary>
    public double ReadSeconds { get; init; }
    public double TrainSeconds { get; init; }

    /// <summary>The lineage as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Indented);

    private static readonly JsonSerializerOptions Indented = new(ScreeningJson.Options) { WriteIndented = true };
}

/// <summary>A period, earliest to latest (both inclusive).</summary>
public sealed record LineagePeriod(DateTimeOffset First, DateTimeOffset Last);

/// <summary>Counts of one group of examples.</summary>
public sealed record LineageCounts(int Examples, int Positives, int Negatives, int RandomChecks);

/// <summary>Random checks in the data and their design weights (1 / inclusion probability).</summary>
public sealed record LineageRandomChecks(int Count, int Positives, double WeightSum, double? MinWeight, double? MaxWeight, IReadOnlyList<double> InclusionProbabilities);

/// <summary>How the features were obtained: stored at scoring time (point in time) or recomputed, and why.</summary>
public sealed record LineageFeatures(int PointInTime, int Recomputed, IReadOnlyDictionary<string, int> RecomputedBecause);

/// <summary>Synthetic records mixed in as a prior; <see cref="Count"/> 0 when none.</summary>
public sealed record LineageSynthetic(bool MixedIn, int Count, int? Seed, int Positives, string Note);
