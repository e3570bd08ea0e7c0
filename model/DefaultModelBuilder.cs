using System.Diagnostics;
using System.Globalization;
using BorderScreening.Core.Indicators;
using BorderScreening.Model.Baseline;
using BorderScreening.Model.Evaluation;
using BorderScreening.Model.Synthetic;
using BorderScreening.Model.Training;

namespace BorderScreening.Model;

/// <summary>What building the default model produced.</summary>
public sealed record DefaultModelBuild(ModelMetadata Metadata, EvaluationReport Evaluation, IReadOnlyList<FeatureImportance> Importance, double GenerationSeconds, double EvaluationSeconds);

/// <summary>Reproduces the shipped model: synthetic data with a fixed seed, training, evaluation, model card.</summary>
public static class DefaultModelBuilder
{
    /// <summary>The seed and size the shipped model was built with.</summary>
    public const int ShippedSeed = 20261128;

    /// <summary>The number of records the shipped model was built from.</summary>
    public const int ShippedCount = 200_000;

    /// <summary>
    /// Generates <paramref name="count"/> records with <paramref name="seed"/>, trains, evaluates against the
    /// stand-in rules baseline and writes model.zip, model.json, model-card.md/json and plots to <paramref name="outputDir"/>.
    /// </summary>
    public static Task<DefaultModelBuild> BuildAsync(string outputDir, int seed, int count, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
        BuildAsync(outputDir, seed, count, progress, TimeProvider.System, cancellationToken);

    /// <summary>As above, with the clock that stamps the model.</summary>
    public static async Task<DefaultModelBuild> BuildAsync(string outputDir, int seed, int count, IProgress<TrainingProgress>? progress, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outputDir);
        var watch = Stopwatch.StartNew();
        progress?.Report(new TrainingProgress(TrainingProgress.Generating, 0, $"{count:N0} records"));
        var generated = new SyntheticDataGenerator(new SyntheticOptions { Seed = seed, Count = count }).Generate();
        var examples = generated.Select(e => e.ToLabelled("synthetic", $"generator seed {seed.ToString(CultureInfo.InvariantCulture)}")).ToList();
        var generationSeconds = watch.Elapsed.TotalSeconds;
        progress?.Report(new TrainingProgress(TrainingProgress.Generating, 1, $"{count:N0} records"));
        cancellationToken.ThrowIfCancellationRequested();

        var run = new ModelTrainer(timeProvider).Train(examples, new TrainingOptions { Seed = seed }, progress, cancellationToken);

        watch.Restart();
        progress?.Report(new TrainingProgress(TrainingProgress.Evaluating, 0));
        var starter = new StarterIndicatorEvaluator();
        var report = RunEvaluation.Evaluate(run, StandInRulesScore.Score, otherBaselines: [($"rules-only ({starter.CatalogueVersion} catalogue)", ctx => starter.Evaluate(ctx).RulesScore)]);
        progress?.Report(new TrainingProgress(TrainingProgress.Evaluating, 0.5, "permutation importance"));
        var importance = run.PermutationImportance();
        var evaluationSeconds = watch.Elapsed.TotalSeconds;
        progress?.Report(new TrainingProgress(TrainingProgress.Evaluating, 1));

        progress?.Report(new TrainingProgress(TrainingProgress.Saving, 0));
        await run.SaveAsync(outputDir, cancellationToken).ConfigureAwait(false);
        var card = new ModelCard
        {
            Model = run.Metadata,
            Evaluation = report,
            Importance = importance,
            CandidateName = RunEvaluation.Candidate,
            RulesBaseline = "stand-in rules score (BorderScreening.Model.Baseline.StandInRulesScore: a handful of obvious circumstances such as a minor without guardian, third-party payment, last-minute one-way ticket, officer observations, wage below minimum, recruitment fees, documents kept by the employer), because the indicator catalogue was not yet available to this build. The core's two-indicator starter evaluator (IIndicatorEvaluator.Evaluate(context).RulesScore) is shown as well.",
            DataDescription = $"{count:N0} synthetic records (seed {seed}) from BorderScreening.Model.Synthetic.SyntheticDataGenerator: travellers and work-permit applications for AW, CW, SX, BQ-BO, BQ-SE and BQ-SA with injected trafficking scenarios built from circumstantial indicators, base rate about 0.5%, 30% of true cases unlabelled and a few false labels. Assumptions: docs/model.md.",
        };
        await ModelCardWriter.WriteAsync(outputDir, card, cancellationToken).ConfigureAwait(false);
        progress?.Report(new TrainingProgress(TrainingProgress.Saving, 1));
        return new DefaultModelBuild(run.Metadata, report, importance, generationSeconds, evaluationSeconds);
    }
}
