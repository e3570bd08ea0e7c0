using BenchmarkDotNet.Attributes;
using BorderScreening.Benchmarks.Data;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Features;
using Microsoft.ML;

namespace BorderScreening.Benchmarks.Micro;

/// <summary>
/// The shipped ML.NET model per record: feature extraction, a bare FastTree prediction (features
/// ready, one engine), <see cref="MlNetRiskModel.Predict"/> and prediction with contributions.
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    /// <summary>Records per invocation.</summary>
    public const int Records = 1000;

    /// <summary>Contributions are ~10× dearer: fewer records per invocation.</summary>
    public const int ContributionRecords = 100;

    private ScoringFixture _fixture = null!;
    private MlNetRiskModel _model = null!;
    private PredictionEngine<ModelInput, BareOutput> _engine = null!;
    private PredictionEngine<ModelInput, BareOutput> _fastTreeEngine = null!;
    private ModelInput[] _inputs = [];
    private float[] _features = new float[FeatureSchema.Count];

    /// <summary>Loads the shipped model and extracts the features once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = ModelFactory.InService();
        _fixture = ScoringFixture.Create(Records, model: _model);
        var ml = new MLContext(seed: 0);
        _engine = ml.Model.CreatePredictionEngine<ModelInput, BareOutput>(ml.Model.Load(MlNetRiskModel.ShippedModelPath, out _));
        _fastTreeEngine = ml.Model.CreatePredictionEngine<ModelInput, BareOutput>(ml.Model.Load(ModelFactory.FastTreeZip, out _));
        _inputs = _fixture.Contexts.Select(c => ModelInput.From(c)).ToArray();
        _features = new float[FeatureSchema.Count];
    }

    /// <summary>Engineered features of one record.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public float ExtractFeatures()
    {
        var sum = 0f;
        foreach (var context in _fixture.Contexts)
        {
            FeatureExtractor.Extract(context, _features);
            sum += _features[0];
        }

        return sum;
    }

    /// <summary>One FastTree prediction on ready features, one engine, no pooling.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public float PredictBare() => Bare(_fastTreeEngine);

    /// <summary>The same with the shipped model (its own trainer).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public float PredictBareShipped() => Bare(_engine);

    /// <summary>What the pipeline calls: features, pooled engine, output record.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public double Predict()
    {
        var sum = 0.0;
        foreach (var context in _fixture.Contexts)
        {
            sum += _model.Predict(context).Probability;
        }

        return sum;
    }

    /// <summary>Prediction with the top feature contributions (hits and review only).</summary>
    [Benchmark(OperationsPerInvoke = ContributionRecords)]
    public double PredictWithContributions()
    {
        var sum = 0.0;
        for (var i = 0; i < ContributionRecords; i++)
        {
            sum += _model.PredictWithContributions(_fixture.Contexts[i]).Contributions.Count;
        }

        return sum;
    }

    private float Bare(PredictionEngine<ModelInput, BareOutput> engine)
    {
        var output = new BareOutput();
        var sum = 0f;
        foreach (var input in _inputs)
        {
            engine.Predict(input, ref output);
            sum += output.Probability;
        }

        return sum;
    }

    /// <summary>The model's output columns.</summary>
    public sealed class BareOutput
    {
        /// <summary>Calibrated probability.</summary>
        public float Probability { get; set; }

        /// <summary>Raw score.</summary>
        public float Score { get; set; }
    }
}
