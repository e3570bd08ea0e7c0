using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Evaluation;

namespace BorderScreening.Model.Training.Evaluation;

/// <summary>Evaluates a training run against the rules-only score and, when given, the active model, on the same holdout.</summary>
public static class RunEvaluation
{
    /// <summary>Scores the holdout with each system and evaluates them together.</summary>
    /// <param name="run">The training run; its holdout is scored.</param>
    /// <param name="rulesScore">The rules-only score, e.g. <c>ctx => evaluator.Evaluate(ctx).RulesScore</c>.</param>
    /// <param name="activeModel">The model in service, when there is one.</param>
    /// <param name="options">Capacities, volumes, fairness band.</param>
    /// <param name="otherBaselines">Further named scores to compare (e.g. another rules catalogue).</param>
    public static EvaluationReport Evaluate(TrainingResult run, Func<ScreeningContext, double> rulesScore, IRiskModel? activeModel = null, EvaluationOptions? options = null,
        IReadOnlyList<(string Name, Func<ScreeningContext, double> Score)>? otherBaselines = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rulesScore);
        var contexts = run.Holdout.Select(e => e.ToContext()).ToArray();
        var systems = new List<ScoredSystem>
        {
            new(EvaluationSystems.Candidate, run.HoldoutProbabilities, IsCalibratedProbability: true),
            new(EvaluationSystems.Rules, contexts.Select(rulesScore).ToArray(), IsCalibratedProbability: false),
        };
        foreach (var (name, score) in otherBaselines ?? [])
        {
            systems.Add(new ScoredSystem(name, contexts.Select(score).ToArray(), IsCalibratedProbability: false));
        }

        if (activeModel is not null)
        {
            systems.Add(new ScoredSystem($"{EvaluationSystems.ActiveModel} ({activeModel.Version})", contexts.Select(c => activeModel.Predict(c).Probability).ToArray(), IsCalibratedProbability: true));
        }

        return ModelEvaluator.Evaluate(run.Holdout, systems, options);
    }
}
