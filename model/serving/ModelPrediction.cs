using BorderScreening.Model.Serving.Features;
using Microsoft.ML.Data;

namespace BorderScreening.Model.Serving;

/// <summary>What the model writes for one row.</summary>
internal sealed class ModelPrediction
{
    public float Probability { get; set; }

    public float Score { get; set; }
}

/// <summary>A prediction with per-feature contributions (raw-score space of the tree ensemble).</summary>
internal sealed class ContributionPrediction
{
    public float Probability { get; set; }

    [VectorType(FeatureSchema.Count)]
    public float[] FeatureContributions { get; set; } = [];
}
