using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Features;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace BorderScreening.Model.Serving;

/// <summary>
/// The ML.NET model in service. Thread-safe: prediction engines are pooled (a PredictionEngine is
/// not thread-safe), never shared. Feature contributions use a second, lazily built engine pool and
/// cost about ten predictions, so they are computed only on demand (hits, review).
/// </summary>
public sealed class MlNetRiskModel : IRiskModel
{
    private readonly MLContext _ml = new(seed: 0);
    private readonly ITransformer _model;
    private readonly ObjectPool<PredictionEngine<ModelInput, ModelPrediction>> _engines;
    private readonly Lazy<ObjectPool<PredictionEngine<ModelInput, ContributionPrediction>>> _contributionEngines;

    private MlNetRiskModel(Stream zip, ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.FeatureSchemaHash.Length > 0 && metadata.FeatureSchemaHash != FeatureSchema.Hash)
        {
            throw new InvalidDataException(
                $"Model {metadata.ModelVersion} was trained on feature schema {metadata.FeatureSchemaHash}, this build extracts {FeatureSchema.Hash}.");
        }

        Metadata = metadata;
        _model = _ml.Model.Load(zip, out _);
        var provider = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 };
        _engines = provider.Create(new EnginePolicy<ModelPrediction>(() => _ml.Model.CreatePredictionEngine<ModelInput, ModelPrediction>(_model)));
        _contributionEngines = new(() =>
        {
            var explaining = WithContributions();
            return provider.Create(new EnginePolicy<ContributionPrediction>(() => _ml.Model.CreatePredictionEngine<ModelInput, ContributionPrediction>(explaining)));
        });
    }

    /// <summary>Metadata the model was saved with.</summary>
    public ModelMetadata Metadata { get; }

    /// <inheritdoc />
    public string Version => Metadata.ModelVersion;

    /// <summary>Loads model.zip and the model.json next to it.</summary>
    public static MlNetRiskModel Load(string zipPath)
    {
        var metadataPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(zipPath)) ?? ".", ModelMetadata.FileName);
        var metadata = File.Exists(metadataPath)
            ? JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(metadataPath), ScreeningJson.Options) ?? throw new InvalidDataException($"{metadataPath} is empty.")
            : new ModelMetadata { ModelVersion = Path.GetFileNameWithoutExtension(zipPath) };
        using var stream = File.OpenRead(zipPath);
        return new MlNetRiskModel(stream, metadata);
    }

    /// <summary>Loads a model from a stream (e.g. a blob) with its metadata.</summary>
    public static MlNetRiskModel Load(Stream zip, ModelMetadata metadata) => new(zip, metadata);

    /// <summary>The shipped default model, copied to the output folder of every host.</summary>
    public static MlNetRiskModel LoadShipped() => Load(ShippedModelPath);

    /// <summary>Where the shipped model lands in a host's output folder.</summary>
    public static string ShippedModelPath => Path.Combine(AppContext.BaseDirectory, "shipped", ModelMetadata.ModelFileName);

    /// <inheritdoc />
    public ModelOutput Predict(ScreeningContext context)
    {
        var input = ModelInput.From(context);
        var engine = _engines.Get();
        try
        {
            return new ModelOutput { ModelVersion = Version, Probability = engine.Predict(input).Probability };
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>Scores many records (one engine for the batch).</summary>
    public IReadOnlyList<double> PredictBatch(IEnumerable<ScreeningContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var engine = _engines.Get();
        try
        {
            var input = new ModelInput();
            var output = new ModelPrediction();
            var result = new List<double>();
            foreach (var context in contexts)
            {
                FeatureExtractor.Extract(context, input.Features);
                engine.Predict(input, ref output);
                result.Add(output.Probability);
            }

            return result;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <summary>
    /// Scores stored feature vectors (<see cref="FeatureSchema"/> order) as they are, without
    /// extracting them again: the server's evaluation reads the features each record was scored with.
    /// </summary>
    public IReadOnlyList<double> PredictFeatures(IEnumerable<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var engine = _engines.Get();
        try
        {
            var input = new ModelInput();
            var output = new ModelPrediction();
            var result = new List<double>();
            foreach (var vector in vectors)
            {
                if (vector.Length != FeatureSchema.Count)
                {
                    throw new ArgumentException($"A feature vector holds {vector.Length} values, the schema {FeatureSchema.Count}.", nameof(vectors));
                }

                vector.CopyTo(input.Features, 0);
                engine.Predict(input, ref output);
                result.Add(output.Probability);
            }

            return result;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    /// <inheritdoc />
    public ModelOutput PredictWithContributions(ScreeningContext context, int top = 8)
    {
        var input = ModelInput.From(context);
        var pool = _contributionEngines.Value;
        var engine = pool.Get();
        ContributionPrediction prediction;
        try
        {
            prediction = engine.Predict(input);
        }
        finally
        {
            pool.Return(engine);
        }

        var contributions = prediction.FeatureContributions
            .Select((c, i) => new FeatureContribution(FeatureSchema.Names[i], input.Features[i], c))
            .Where(c => c.Contribution != 0)
            .OrderByDescending(c => Math.Abs(c.Contribution))
            .Take(Math.Max(0, top))
            .OrderByDescending(c => c.Contribution)
            .ToArray();
        return new ModelOutput { ModelVersion = Version, Probability = prediction.Probability, Contributions = contributions };
    }

    private ITransformer WithContributions()
    {
        var chain = _model as TransformerChain<ITransformer> ?? throw new NotSupportedException("Expected a transformer chain.");
        var trees = chain.First();
        var empty = _ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>());
        ITransformer contributions = trees switch
        {
            ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> fastTree =>
                _ml.Transforms.CalculateFeatureContribution(fastTree, FeatureSchema.Count, FeatureSchema.Count, normalize: false).Fit(empty),
            ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>> lightGbm =>
                _ml.Transforms.CalculateFeatureContribution(lightGbm, FeatureSchema.Count, FeatureSchema.Count, normalize: false).Fit(empty),
            _ => throw new NotSupportedException($"No feature contributions for {trees.GetType().Name}."),
        };
        return chain.Append(contributions);
    }

    private sealed class EnginePolicy<TOutput>(Func<PredictionEngine<ModelInput, TOutput>> create) : IPooledObjectPolicy<PredictionEngine<ModelInput, TOutput>>
        where TOutput : class, new()
    {
        public PredictionEngine<ModelInput, TOutput> Create() => create();

        public bool Return(PredictionEngine<ModelInput, TOutput> obj) => true;
    }
}
