using System.Diagnostics;
using System.Globalization;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Indicators;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Synthetic;
using BorderScreening.Model.Training.Evaluation;
using BorderScreening.Model.Training.Monitoring;

namespace BorderScreening.Model.Training.Runs;

/// <summary>What a run produced.</summary>
public sealed record TrainingRunResult(ModelMetadata Metadata, EvaluationReport Evaluation, RunLineage Lineage);

/// <summary>
/// Trains on labelled examples (a label export or the store) and writes a run directory: model.zip and
/// model.json, model-card.json/.md with plots, monitoring-reference.json built from this run's examples,
/// and lineage.json. Features stored at scoring time are used when their schema is this build's; others
/// are recomputed from the example's facts and counted in the lineage.
/// </summary>
public sealed class TrainingRun(TimeProvider timeProvider)
{
    /// <summary>Runs and writes <paramref name="outputDir"/>.</summary>
    /// <exception cref="TrainingDataException">No labels, no positives, or stored features required but missing.</exception>
    public async Task<TrainingRunResult> RunAsync(
        IReadOnlyList<LabelledExample> labelled, TrainingRunOptions options, string outputDir, double readSeconds,
        IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (labelled.Count == 0)
        {
            throw new TrainingDataException("No labels found: the input holds no labelled examples.");
        }

        var recomputed = labelled.Where(e => !e.HasCurrentFeatures).ToList();
        if (options.RequireStoredFeatures && recomputed.Count > 0)
        {
            var reason = recomputed.GroupBy(RecomputeReason).OrderByDescending(g => g.Count()).First();
            throw new TrainingDataException(
                $"Feature schema mismatch: {recomputed.Count:N0} of {labelled.Count:N0} examples lack stored features of this build's schema {FeatureSchema.Id} ({reason.Key}: {reason.Count():N0}).");
        }

        if (!labelled.Any(e => e.Label))
        {
            throw new TrainingDataException($"The {labelled.Count:N0} labels hold no positive (referred) example: nothing to learn from.");
        }

        var examples = labelled.ToList();
        var syntheticPositives = 0;
        if (options.SyntheticPrior > 0)
        {
            progress?.Report(new TrainingProgress(TrainingProgress.Generating, 0, $"{options.SyntheticPrior:N0} synthetic prior records"));
            var prior = new SyntheticDataGenerator(new SyntheticOptions { Seed = options.Seed, Count = options.SyntheticPrior }).Generate()
                .Select(e => e.ToLabelled("synthetic", $"prior, generator seed {options.Seed.ToString(CultureInfo.InvariantCulture)}"))
                .ToList();
            syntheticPositives = prior.Count(e => e.Label);
            examples.AddRange(prior);
            // Time order keeps the evaluation's jurisdiction-days together.
            examples = [.. examples.OrderBy(e => e.ScreenedAt)];
            progress?.Report(new TrainingProgress(TrainingProgress.Generating, 1));
        }

        var watch = Stopwatch.StartNew();
        TrainingResult run;
        try
        {
            run = new ModelTrainer(timeProvider).Train(examples, options.Training with { Seed = options.Seed }, progress, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException && ex.Message.Contains("positive", StringComparison.OrdinalIgnoreCase))
        {
            // The stratified split leaves a split without a positive: too few referrals to train and evaluate on.
            throw new TrainingDataException($"Too few positive labels ({labelled.Count(e => e.Label):N0}) to split into training, calibration and holdout: {ex.Message}", ex);
        }

        var trainSeconds = watch.Elapsed.TotalSeconds;

        progress?.Report(new TrainingProgress(TrainingProgress.Evaluating, 0));
        var catalogue = new CatalogueIndicatorEvaluator(IndicatorCatalogueLoader.LoadEmbedded());
        var report = RunEvaluation.Evaluate(run, ctx => catalogue.Evaluate(ctx).RulesScore);
        progress?.Report(new TrainingProgress(TrainingProgress.Evaluating, 0.5, "permutation importance"));
        var importance = run.PermutationImportance();
        progress?.Report(new TrainingProgress(TrainingProgress.Evaluating, 1));

        progress?.Report(new TrainingProgress(TrainingProgress.Saving, 0));
        await run.SaveAsync(outputDir, cancellationToken).ConfigureAwait(false);
        var lineage = RunLineageBuilder.Build(labelled, options, run.Metadata, timeProvider.GetUtcNow(), readSeconds, trainSeconds, syntheticPositives);
        var card = new ModelCard
        {
            Model = run.Metadata,
            Evaluation = report,
            Importance = importance,
            CandidateName = EvaluationSystems.Candidate,
            RulesBaseline = $"the indicator catalogue shipped in core (version {catalogue.CatalogueVersion}), scored as IIndicatorEvaluator.Evaluate(context).RulesScore.",
            RandomSampleRecall = RandomSampleRecall.From(labelled) is { Recall: not null } recall ? recall : null,
            DataDescription = Describe(lineage),
        };
        await ModelCardWriter.WriteAsync(outputDir, card, cancellationToken).ConfigureAwait(false);

        progress?.Report(new TrainingProgress(TrainingProgress.Saving, 0.5, "monitoring reference"));
        var model = MlNetRiskModel.Load(Path.Combine(outputDir, ModelMetadata.ModelFileName));
        var reference = MonitoringReferenceBuilder.Build(model, IndicatorCatalogueLoader.LoadEmbedded(), examples,
            string.Create(CultureInfo.InvariantCulture, $"training data of run {run.Metadata.ModelVersion}: {labelled.Count:N0} labelled examples ({lineage.Input.Kind}){(options.SyntheticPrior > 0 ? $" and {options.SyntheticPrior:N0} synthetic prior records" : "")}, model {model.Version}"));
        await File.WriteAllTextAsync(Path.Combine(outputDir, MonitoringReference.FileName), reference.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(outputDir, RunLineage.FileName), lineage.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
        progress?.Report(new TrainingProgress(TrainingProgress.Saving, 1));
        return new TrainingRunResult(run.Metadata, report, lineage);
    }

    internal static string RecomputeReason(LabelledExample example) => example switch
    {
        { Features: null } => "no stored features",
        { Features.Count: var n } when n != FeatureSchema.Count => $"stored vector has {n} features",
        { FeatureSchemaId: null } => "stored without schema id",
        _ => $"stored under schema {example.FeatureSchemaId}",
    };

    private static string Describe(RunLineage l)
    {
        var input = l.Input.Kind == "store"
            ? $"decisions read from the store, screened {l.Input.From} to {l.Input.To} (exclusive), jurisdictions {string.Join(", ", l.Input.Jurisdictions ?? [])}"
            : $"the label export {l.Input.File} ({l.Input.Format})";
        var synthetic = l.Synthetic.MixedIn
            ? $" Mixed in as a prior, explicitly (--synthetic-prior): {l.Synthetic.Count:N0} synthetic records (generator seed {l.Synthetic.Seed}, {l.Synthetic.Positives:N0} positives)."
            : " No synthetic data mixed in.";
        return string.Create(CultureInfo.InvariantCulture,
            $"{l.Examples:N0} labelled examples from {input}: {l.Positives:N0} positives, {l.Negatives:N0} negatives; {l.RandomChecks.Count:N0} random checks{(l.RandomChecks.Count > 0 ? $" (design weights {l.RandomChecks.MinWeight:N0}–{l.RandomChecks.MaxWeight:N0})" : "")}. " +
            $"Label sources: {string.Join(", ", l.PerLabelSource.Select(s => $"{s.Key} {s.Value.Examples:N0}"))}. " +
            $"Features: {l.Features.PointInTime:N0} as stored at scoring time, {l.Features.Recomputed:N0} recomputed from the exported facts.{synthetic} Lineage: lineage.json.");
    }
}
