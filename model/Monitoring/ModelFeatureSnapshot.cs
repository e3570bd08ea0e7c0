using BorderScreening.Core.Oversight.Monitoring;
using BorderScreening.Core.Scoring;
using BorderScreening.Model.Features;

namespace BorderScreening.Model.Monitoring;

/// <summary>The model's features of a record, for monitoring (the same extractor as training and serving).</summary>
public sealed class ModelFeatureSnapshot : IFeatureSnapshot
{
    /// <inheritdoc />
    public IReadOnlyList<string> Names => FeatureSchema.Names;

    /// <inheritdoc />
    public float[]? Extract(ScreeningContext context) => FeatureExtractor.Extract(context);
}
