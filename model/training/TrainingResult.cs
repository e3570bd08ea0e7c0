using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace BorderScreening.Model.Training;

/// <summary>A trained, calibrated model with its metadata and the holdout it was evaluated on.</summary>
public sealed class TrainingResult
{
    internal TrainingResult(MLContext ml, TransformerChain<ITransformer> model, DataViewSchema inputSchema, ModelMetadata metadata,
        IReadOnlyList<LabelledExample> holdout, IReadOnlyList<double> holdoutProbabilities, IDataView holdoutView)
    {
        Ml = ml;
        Model = model;
        InputSchema = inputSchema;
        Metadata = metadata;
        Holdout = holdout;
        HoldoutProbabilities = holdoutProbabilities;
        HoldoutView = holdoutView;
    }

    internal MLContext Ml { get; }

    /// <summary>The model: the tree ensemble followed by the Platt calibrator.</summary>
    public TransformerChain<ITransformer> Model { get; }

    /// <summary>The schema the model reads.</summary>
    public DataViewSchema InputSchema { get; }

    /// <summary>Version, hashes, seed, trainer, timings.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>The held-out examples (time order).</summary>
    public IReadOnlyList<LabelledExample> Holdout { get; }

    /// <summary>Calibrated probabilities on the holdout, aligned with <see cref="Holdout"/>.</summary>
    public IReadOnlyList<double> HoldoutProbabilities { get; }

    internal IDataView HoldoutView { get; }

    /// <summary>Writes model.zip (with its input schema) and model.json into <paramref name="directory"/>.</summary>
    public async Task SaveAsync(string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        Ml.Model.Save(Model, InputSchema, Path.Combine(directory, ModelMetadata.ModelFileName));
        await using var stream = File.Create(Path.Combine(directory, ModelMetadata.FileName));
        await JsonSerializer.SerializeAsync(stream, Metadata, IndentedJson, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Permutation feature importance on the holdout: the drop in AUPRC (and ROC AUC) when a feature's
    /// values are shuffled. Runs on the tree transformer with the holdout rows it reads (the whole-chain
    /// overload fails in ML.NET 5.0.1, see ENVIRONMENT.md).
    /// </summary>
    public IReadOnlyList<FeatureImportance> PermutationImportance(int permutations = 1)
    {
        var trees = (ISingleFeaturePredictionTransformer<object>)Model.First();
        var statistics = Ml.BinaryClassification.PermutationFeatureImportance(
            trees, HoldoutView, labelColumnName: nameof(ModelInput.Label), permutationCount: permutations);
        return statistics
            .Select((s, i) => new FeatureImportance(FeatureSchema.Names[i], -s.AreaUnderPrecisionRecallCurve.Mean, -s.AreaUnderRocCurve.Mean))
            .OrderByDescending(f => f.AuprcDrop)
            .ToArray();
    }

    internal static JsonSerializerOptions IndentedJson { get; } = new(ScreeningJson.Options) { WriteIndented = true };
}
