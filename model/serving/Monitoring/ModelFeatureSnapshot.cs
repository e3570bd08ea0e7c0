using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Features;

namespace BorderScreening.Model.Serving.Monitoring;

/// <summary>The model's features of a record, for monitoring (the same extractor as training and serving).</summary>
public sealed class ModelFeatureSnapshot : IFeatureSnapshot
{
    /// <inheritdoc />
    public IReadOnlyList<string> Names => FeatureSchema.Names;

    /// <inheritdoc />
    public string SchemaId => FeatureSchema.Id;

    /// <inheritdoc />
    public float[]? Extract(ScreeningContext context) => FeatureExtractor.Extract(context);
}
