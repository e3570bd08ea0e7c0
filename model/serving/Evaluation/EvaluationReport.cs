namespace BorderScreening.Model.Serving.Evaluation;

/// <summary>Evaluation of one or more systems on the same holdout.</summary>
public sealed record EvaluationReport
{
    public int HoldoutRows { get; init; }
    public int HoldoutPositives { get; init; }
    public string LabelSource { get; init; } = "";
    public string CapacityRule { get; init; } = "";

    /// <summary>
    /// Whether holdout examples carried design weights (random checks, 1 / inclusion probability) and
    /// the weighted figures of each system are filled in.
    /// </summary>
    public bool Weighted { get; init; }

    /// <summary>Sum of the holdout's design weights: the number of screened records the holdout stands for.</summary>
    public double? WeightedRows { get; init; }
    public IReadOnlyList<SystemEvaluation> Systems { get; init; } = [];

    /// <summary>The evaluation of the named system.</summary>
    public SystemEvaluation this[string name] => Systems.First(s => s.Name == name);
}

/// <summary>All figures for one system.</summary>
public sealed record SystemEvaluation
{
    public string Name { get; init; } = "";
    public double Auprc { get; init; }
    public double RocAuc { get; init; }
    public double? Brier { get; init; }
    public IReadOnlyList<ReliabilityBin> Reliability { get; init; } = [];
    public IReadOnlyList<CurvePoint> PrCurve { get; init; } = [];
    public IReadOnlyList<CurvePoint> RocCurve { get; init; } = [];
    public IReadOnlyList<CapacityResult> Capacity { get; init; } = [];
    public int Hits { get; init; }
    public double PrecisionAtCapacity { get; init; }
    public double RecallAtCapacity { get; init; }

    /// <summary>AUPRC with design weights; null when no example carries a weight.</summary>
    public double? WeightedAuprc { get; init; }

    /// <summary>Precision at capacity with design weights; null when no example carries a weight.</summary>
    public double? WeightedPrecisionAtCapacity { get; init; }

    /// <summary>
    /// Recall at capacity with design weights — a random-check positive the system misses counts as the
    /// many unreviewed records it stands for; null when no example carries a weight.
    /// </summary>
    public double? WeightedRecallAtCapacity { get; init; }
    public IReadOnlyList<TypologyRecall> Typologies { get; init; } = [];
    public IReadOnlyList<FairnessGroup> Fairness { get; init; } = [];
}

/// <summary>A point of a PR curve (x = recall, y = precision) or ROC curve (x = FPR, y = TPR).</summary>
public sealed record CurvePoint(double X, double Y);

/// <summary>Top-k per jurisdiction-day: what reviewers would see.</summary>
public sealed record CapacityResult(string Jurisdiction, int CapacityPerDay, double ReviewShare, int Days, int Records, int Flagged, int Positives, int TruePositives, double Precision, double Recall);

/// <summary>Recall at capacity for one typology.</summary>
public sealed record TypologyRecall(string Typology, int Positives, int Found, double Recall);

/// <summary>Hit rate and recall of an audit group, as ratios to the overall figures.</summary>
public sealed record FairnessGroup(string Dimension, string Group, int Records, int Hits, int Positives, double HitRate, double HitRateRatio, double Recall, double RecallRatio, bool Flagged);
