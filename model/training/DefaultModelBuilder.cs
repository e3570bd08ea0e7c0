using System.Diagnostics;
using System.Globalization;
using BorderScreening.Domain.Indicators;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Synthetic;
using BorderScreening.Model.Training.Baseline;
using BorderScreening.Model.Training.Evaluation;

namespace BorderScreening.Model.Training;

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
        // The rules-only baseline is the indicator catalogue in service (the one shipped in core),
        // through the same IIndicatorEvaluator contract the screening pipeline uses.
        var catalogue = new CatalogueIndicatorEvaluator(IndicatorCatalogueLoader.LoadEmbedded());
        var report = RunEvaluation.Evaluate(
            run,
            ctx => catalogue.Evaluate(ctx).RulesScore,
            otherBaselines: [("stand-in rules", StandInRulesScore.Score)]);
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
            CandidateName = EvaluationSystems.Candidate,
            RulesBaseline = $"the shipped indicator catalogue (domain/Indicators/Catalogue/catalogue.json, version {catalogue.CatalogueVersion}), scored as IIndicatorEvaluator.Evaluate(context).RulesScore. Also shown: a stand-in score from a handful of obvious circumstances (BorderScreening.Model.Training.Baseline.StandInRulesScore), used before the catalogue was available.",
            RandomSampleRecall = RandomSampleRecall.From(examples) is { Recall: not null } recall ? recall : null,
            DataDescription = $"{count:N0} synthetic records (seed {seed}) from BorderScreening.Model.Synthetic.SyntheticDataGenerator: travellers and work-permit applications for AW, CW, SX, BQ-BO, BQ-SE and BQ-SA with injected trafficking scenarios built from circumstantial indicators, base rate about 0.5%, 30% of true cases unlabelled and a few false labels. Assumptions: docs/model.md.",
        };
        await ModelCardWriter.WriteAsync(outputDir, card, cancellationToken).ConfigureAwait(false);
        progress?.Report(new TrainingProgress(TrainingProgress.Saving, 1));
        return new DefaultModelBuild(run.Metadata, report, importance, generationSeconds, evaluationSeconds);
    }
}
