using BorderScreening.Domain.Scoring;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// The model's feature vector of a record, kept beside the assessment so monitoring can compare the
/// day's feature distributions with the training reference. The model project supplies the real one;
/// without a model there are no features to watch.
/// </summary>
public interface IFeatureSnapshot
{
    /// <summary>Feature names in vector order (empty when there is no model).</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Id of the feature schema (empty when there is no model), stored beside the features.</summary>
    string SchemaId { get; }

    /// <summary>The record's features, or null when there is no model.</summary>
    float[]? Extract(ScreeningContext context);
}

/// <summary>No model, no features.</summary>
public sealed class NoFeatureSnapshot : IFeatureSnapshot
{
    /// <inheritdoc />
    public IReadOnlyList<string> Names => [];

    /// <inheritdoc />
    public string SchemaId => "";

    /// <inheritdoc />
    public float[]? Extract(ScreeningContext context) => null;
}
