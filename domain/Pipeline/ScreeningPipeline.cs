using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Domain.Pipeline;

/// <summary>
/// The scoring path of one record, in its final shape: indicators → model → risk. Network counts
/// and pseudonyms are in the context already. Pure and thread-safe, so it runs the same in the
/// Functions app, the local host, tests, backtests and benchmarks.
/// </summary>
public sealed class ScreeningPipeline(IIndicatorEvaluator indicators, IRiskModel model, RiskCalculator risk, IIndicatorSnoozes? snoozes = null)
{
    /// <summary>Catalogue version in service.</summary>
    public string CatalogueVersion => indicators.CatalogueVersion;

    /// <summary>Model version in service.</summary>
    public string ModelVersion => model.Version;

    /// <summary>Scores a record; hits also get the model's feature contributions.</summary>
    public ScoredRecord Score(ScreeningContext context, double? thresholdOverride = null)
    {
        var outcome = indicators.Evaluate(context);
        if (snoozes is not null)
        {
            outcome = snoozes.Apply(outcome, context);
        }

        // A shadow model (if any) is scored alongside for comparison; only the active output reaches the risk.
        var (prediction, shadow) = model is IShadowingRiskModel shadowing
            ? shadowing.PredictWithShadowOutput(context)
            : new ShadowedPrediction(model.Predict(context), null);
        var result = risk.Calculate(context, outcome, prediction, thresholdOverride);
        if (result.IsHit)
        {
            // Contributions cost about ten predictions: only hits (and on-demand views) pay for them.
            prediction = model.PredictWithContributions(context);
        }

        return new ScoredRecord(outcome, prediction, result, shadow);
    }
}

/// <summary>The three parts of a record's score, and the shadow model's output kept for comparison.</summary>
public sealed record ScoredRecord(IndicatorOutcome Indicators, ModelOutput Model, RiskResult Risk, ModelOutput? ShadowModel = null);
