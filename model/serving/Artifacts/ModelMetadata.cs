namespace BorderScreening.Model.Serving.Artifacts;

/// <summary>What is stored next to a model zip (model.json): enough to reproduce and audit it.</summary>
public sealed record ModelMetadata
{
    /// <summary>File name of the metadata next to the zip.</summary>
    public const string FileName = "model.json";

    /// <summary>File name of the model.</summary>
    public const string ModelFileName = "model.zip";

    public string ModelVersion { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string Trainer { get; init; } = "";
    public int Seed { get; init; }
    public string DataHash { get; init; } = "";
    public string DataSource { get; init; } = "";
    public string FeatureSchemaHash { get; init; } = "";
    public IReadOnlyList<string> FeatureNames { get; init; } = [];
    public string CodeVersion { get; init; } = "";
    public string MlNetVersion { get; init; } = "";
    public double TrainingSeconds { get; init; }
    public int TrainRows { get; init; }
    public int CalibrationRows { get; init; }
    public int HoldoutRows { get; init; }
    public int TrainPositives { get; init; }
    public double PositiveWeight { get; init; }
    public string Calibration { get; init; } = "Platt, fitted on the calibration split without example weights";
    public IReadOnlyDictionary<string, string> Hyperparameters { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<CandidateSummary> Candidates { get; init; } = [];
    public double HoldoutAuprc { get; init; }
    public double HoldoutRocAuc { get; init; }
}

/// <summary>How one compared trainer did.</summary>
public sealed record CandidateSummary(string Trainer, double CalibrationAuprc, double HoldoutAuprc, double TrainSeconds);
