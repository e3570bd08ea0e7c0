using BenchmarkDotNet.Attributes;
using BorderScreening.Benchmarks.Data;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Benchmarks.Micro;

/// <summary>
/// The in-process scoring path on one thread, per record, over a fixed mix of 1,000 records with
/// in-memory network counts: rules alone, risk alone, and the whole <see cref="ScreeningPipeline"/>.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    /// <summary>Records per invocation.</summary>
    public const int Records = 1000;

    private ScoringFixture _fixture = null!;
    private ScreeningPipeline _fastTreePipeline = null!;
    private ScreeningPipeline _rulesOnly = null!;
    private IndicatorOutcome[] _outcomes = [];
    private ModelOutput[] _predictions = [];

    /// <summary>Builds the contexts and the inputs of the risk step.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _fixture = ScoringFixture.Create(Records);
        _fastTreePipeline = new ScreeningPipeline(_fixture.Evaluator, ModelFactory.FastTree(), _fixture.Risk);
        _rulesOnly = new ScreeningPipeline(_fixture.Evaluator, new NoModel(), _fixture.Risk);
        _outcomes = _fixture.Contexts.Select(_fixture.Evaluator.Evaluate).ToArray();
        _predictions = _fixture.Contexts.Select(_fixture.Model.Predict).ToArray();
    }

    /// <summary>The fixture, for facts in the report.</summary>
    public ScoringFixture Fixture => _fixture;

    /// <summary>The full shipped catalogue on one record.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int EvaluateRules()
    {
        var fired = 0;
        foreach (var context in _fixture.Contexts)
        {
            fired += _fixture.Evaluator.Evaluate(context).Fired.Count;
        }

        return fired;
    }

    /// <summary>Combining indicators and model into score, band and deadline.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int CalculateRisk()
    {
        var hits = 0;
        var contexts = _fixture.Contexts;
        for (var i = 0; i < contexts.Count; i++)
        {
            hits += _fixture.Risk.Calculate(contexts[i], _outcomes[i], _predictions[i]).IsHit ? 1 : 0;
        }

        return hits;
    }

    /// <summary><see cref="ScreeningPipeline.Score"/>: indicators → model → risk (contributions for hits).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int ScorePipeline()
    {
        var hits = 0;
        foreach (var context in _fixture.Contexts)
        {
            hits += _fixture.Pipeline.Score(context).Risk.IsHit ? 1 : 0;
        }

        return hits;
    }

    /// <summary>The same pipeline with a FastTree model in service.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int ScorePipelineFastTree()
    {
        var hits = 0;
        foreach (var context in _fixture.Contexts)
        {
            hits += _fastTreePipeline.Score(context).Risk.IsHit ? 1 : 0;
        }

        return hits;
    }

    /// <summary>The same pipeline without a model (what <c>AddScreening</c> registers by default).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int ScorePipelineRulesOnly()
    {
        var hits = 0;
        foreach (var context in _fixture.Contexts)
        {
            hits += _rulesOnly.Score(context).Risk.IsHit ? 1 : 0;
        }

        return hits;
    }
}
