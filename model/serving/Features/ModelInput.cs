using BorderScreening.Domain.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace BorderScreening.Model.Serving.Features;

/// <summary>The row the model reads: the feature vector, plus label and weight when training.</summary>
public sealed class ModelInput
{
    /// <summary>Name of the feature vector column.</summary>
    public const string FeaturesColumn = "Features";

    /// <summary>The feature vector in <see cref="FeatureSchema"/> order.</summary>
    [VectorType(FeatureSchema.Count)]
    [ColumnName(FeaturesColumn)]
    public float[] Features { get; set; } = new float[FeatureSchema.Count];

    /// <summary>Training label (ignored when serving).</summary>
    public bool Label { get; set; }

    /// <summary>Example weight (ignored when serving).</summary>
    public float Weight { get; set; } = 1f;

    /// <summary>The row for one context: the path serving uses.</summary>
    public static ModelInput From(ScreeningContext context, bool label = false, float weight = 1f) =>
        new() { Features = FeatureExtractor.Extract(context), Label = label, Weight = weight };

    /// <summary>Loads rows as an IDataView: the path training uses.</summary>
    public static IDataView ToDataView(MLContext ml, IEnumerable<ModelInput> rows)
    {
        ArgumentNullException.ThrowIfNull(ml);
        return ml.Data.LoadFromEnumerable(rows);
    }
}
