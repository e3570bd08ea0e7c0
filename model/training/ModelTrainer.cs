using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace BorderScreening.Model.Training;

/// <summary>
/// Trains the risk model: stratified split by seed (train / calibration / holdout), FastTree and
/// LightGbm with positive example weights, choice by AUPRC on the calibration split, Platt
/// calibration fitted on that split without weights, holdout scores for evaluation.
/// </summary>
public sealed class ModelTrainer(TimeProvider timeProvider)
{
    /// <summary>Trains on <paramref name="examples"/>.</summary>
    public TrainingResult Train(
        IReadOnlyList<LabelledExample> examples,
        TrainingOptions options,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var total = Stopwatch.StartNew();
        var ml = new MLContext(seed: options.Seed);

        progress?.Report(new TrainingProgress(TrainingProgress.Featurising, 0));
        var dataHash = DataHash(examples);
        var split = Split(examples, options);
        var positives = split.Train.Count(i => examples[i].Label);
        if (positives == 0)
        {
            throw new InvalidOperationException("The training split holds no positive examples.");
        }

        var positiveWeight = options.PositiveWeight ?? Math.Min(50, Math.Sqrt((split.Train.Length - positives) / (double)positives));
        var features = new float[examples.Count][];
        for (var i = 0; i < examples.Count; i++)
        {
            // Point in time: the features stored when the record was scored, when they follow this build's schema.
            features[i] = examples[i].HasCurrentFeatures ? [.. examples[i].Features!] : FeatureExtractor.Extract(examples[i].ToContext());
            if (i % 20_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new TrainingProgress(TrainingProgress.Featurising, i / (double)examples.Count));
            }
        }

        progress?.Report(new TrainingProgress(TrainingProgress.Featurising, 1, $"{examples.Count:N0} rows"));
        IDataView View(int[] indices, bool weighted, bool evaluation = false) => ModelInput.ToDataView(ml, indices.Select(i => new ModelInput
        {
            Features = features[i],
            Label = evaluation ? examples[i].EvaluationLabel : examples[i].Label,
            // Class weight times design weight: a random check stands for the unreviewed records like it.
            Weight = (float)((weighted && examples[i].Label ? positiveWeight : 1) * (weighted ? examples[i].SampleWeight : 1)),
        }).ToList());

        var trainView = View(split.Train, weighted: true);
        var calibrationView = View(split.Calibration, weighted: false);
        var holdoutView = View(split.Holdout, weighted: false, evaluation: true);
        var calibrationLabels = split.Calibration.Select(i => examples[i].Label).ToArray();
        var holdoutLabels = split.Holdout.Select(i => examples[i].EvaluationLabel).ToArray();

        var candidates = new List<(CandidateTrainer Trainer, ITransformer Model, double CalibrationAuprc, double HoldoutAuprc, double Seconds)>();
        for (var c = 0; c < options.Trainers.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trainer = options.Trainers[c];
            progress?.Report(new TrainingProgress(TrainingProgress.Training, c / (double)options.Trainers.Count, trainer.ToString()));
            var watch = Stopwatch.StartNew();
            var model = Estimator(ml, trainer, options).Fit(trainView);
            var seconds = watch.Elapsed.TotalSeconds;
            var calibrationAuprc = BinaryMetrics.AveragePrecision(Scores(model, calibrationView, "Score"), calibrationLabels);
            var holdoutAuprc = BinaryMetrics.AveragePrecision(Scores(model, holdoutView, "Score"), holdoutLabels);
            candidates.Add((trainer, model, calibrationAuprc, holdoutAuprc, seconds));
        }

        progress?.Report(new TrainingProgress(TrainingProgress.Training, 1));
        var best = candidates.OrderByDescending(c => double.IsNaN(c.CalibrationAuprc) ? -1 : c.CalibrationAuprc).ThenBy(c => c.Trainer).First();

        progress?.Report(new TrainingProgress(TrainingProgress.Calibrating, 0, best.Trainer.ToString()));
        var calibrator = ml.BinaryClassification.Calibrators.Platt(labelColumnName: nameof(ModelInput.Label), scoreColumnName: "Score")
            .Fit(best.Model.Transform(calibrationView));
        var chain = new TransformerChain<ITransformer>(best.Model, calibrator);
        progress?.Report(new TrainingProgress(TrainingProgress.Calibrating, 1));

        var holdoutProbabilities = Scores(chain, holdoutView, "Probability");
        var codeVersion = typeof(ModelTrainer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var mlVersion = typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var settings = string.Join('|', options.Seed, options.NumberOfTrees, options.NumberOfLeaves, options.MinimumExamplesPerLeaf,
            options.LearningRate.ToString("R", CultureInfo.InvariantCulture), options.HoldoutFraction.ToString("R", CultureInfo.InvariantCulture),
            options.CalibrationFraction.ToString("R", CultureInfo.InvariantCulture), positiveWeight.ToString("R", CultureInfo.InvariantCulture), string.Join(',', options.Trainers));
        var versionHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{dataHash}|{FeatureSchema.Hash}|{best.Trainer}|{settings}")))[..10];
        var metadata = new ModelMetadata
        {
            ModelVersion = $"bsm-{best.Trainer.ToString().ToLowerInvariant()}-{versionHash}",
            CreatedAt = timeProvider.GetUtcNow(),
            Trainer = best.Trainer.ToString(),
            Seed = options.Seed,
            DataHash = dataHash,
            DataSource = string.Join(",", examples.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal).Take(5)),
            FeatureSchemaHash = FeatureSchema.Hash,
            FeatureNames = FeatureSchema.Names,
            CodeVersion = codeVersion,
            MlNetVersion = mlVersion,
            TrainingSeconds = Math.Round(total.Elapsed.TotalSeconds, 2),
            TrainRows = split.Train.Length,
            CalibrationRows = split.Calibration.Length,
            HoldoutRows = split.Holdout.Length,
            TrainPositives = positives,
            PositiveWeight = Math.Round(positiveWeight, 4),
            Hyperparameters = new Dictionary<string, string>
            {
                ["numberOfTrees"] = options.NumberOfTrees.ToString(CultureInfo.InvariantCulture),
                ["numberOfLeaves"] = options.NumberOfLeaves.ToString(CultureInfo.InvariantCulture),
                ["minimumExamplesPerLeaf"] = options.MinimumExamplesPerLeaf.ToString(CultureInfo.InvariantCulture),
                ["learningRate"] = options.LearningRate.ToString(CultureInfo.InvariantCulture),
                ["holdoutFraction"] = options.HoldoutFraction.ToString(CultureInfo.InvariantCulture),
                ["calibrationFraction"] = options.CalibrationFraction.ToString(CultureInfo.InvariantCulture),
            },
            Candidates = candidates.Select(c => new CandidateSummary(c.Trainer.ToString(), Math.Round(c.CalibrationAuprc, 6), Math.Round(c.HoldoutAuprc, 6), Math.Round(c.Seconds, 2))).ToArray(),
            HoldoutAuprc = BinaryMetrics.AveragePrecision(holdoutProbabilities, holdoutLabels),
            HoldoutRocAuc = BinaryMetrics.RocAuc(holdoutProbabilities, holdoutLabels),
        };

        return new TrainingResult(ml, chain, trainView.Schema, metadata, split.Holdout.Select(i => examples[i]).ToArray(), holdoutProbabilities, holdoutView);
    }

    /// <summary>
    /// SHA-256 over the canonical JSON of every record with its time, label and counts, in order, and the
    /// stored features of examples that carry them for this schema (none in synthetic data, so the shipped
    /// model's hash is unchanged).
    /// </summary>
    public static string DataHash(IReadOnlyList<LabelledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var example in examples)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes<ScreeningRecord>(example.Record, ScreeningJson.Options));
            hash.AppendData(Encoding.UTF8.GetBytes($"|{example.ScreenedAt:O}|{example.Label}|{string.Join(',', example.Counts.Select(c => $"{c.Type}:{c.WindowDays}:{c.Count}"))}\n"));
            if (example.HasCurrentFeatures)
            {
                // Stored point-in-time features are what the model trains on, so they are part of the data.
                hash.AppendData(Encoding.UTF8.GetBytes($"f|{string.Join(',', example.Features!.Select(f => f.ToString("R", CultureInfo.InvariantCulture)))}\n"));
            }

        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEstimator<ITransformer> Estimator(MLContext ml, CandidateTrainer trainer, TrainingOptions options) => trainer switch
    {
        CandidateTrainer.FastTree => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Label),
            FeatureColumnName = ModelInput.FeaturesColumn,
            ExampleWeightColumnName = nameof(ModelInput.Weight),
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
        }),
        CandidateTrainer.LightGbm => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Label),
            FeatureColumnName = ModelInput.FeaturesColumn,
            ExampleWeightColumnName = nameof(ModelInput.Weight),
            NumberOfIterations = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            LearningRate = options.LearningRate,
            Seed = options.Seed,
            // One thread keeps LightGbm bit-for-bit reproducible; the data is small enough.
            NumberOfThreads = 1,
            Verbose = false,
            Silent = true,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer)),
    };

    internal static double[] Scores(ITransformer model, IDataView view, string column) =>
        model.Transform(view).GetColumn<float>(column).Select(v => (double)v).ToArray();

    private sealed record SplitIndices(int[] Train, int[] Calibration, int[] Holdout);

    /// <summary>Stratified by (label, evaluation label): each stratum is shuffled with the seed and cut in the same proportions.</summary>
    private static SplitIndices Split(IReadOnlyList<LabelledExample> examples, TrainingOptions options)
    {
#pragma warning disable CA5394 // A seeded PRNG is what makes the split reproducible.
        var random = new Random(options.Seed);
        var train = new List<int>();
        var calibration = new List<int>();
        var holdout = new List<int>();
        foreach (var stratum in Enumerable.Range(0, examples.Count).GroupBy(i => (examples[i].Label, examples[i].EvaluationLabel)).OrderBy(g => g.Key))
        {
            var indices = stratum.ToArray();
            random.Shuffle(indices);
            var h = (int)Math.Round(indices.Length * options.HoldoutFraction);
            var c = (int)Math.Round(indices.Length * options.CalibrationFraction);
            holdout.AddRange(indices[..h]);
            calibration.AddRange(indices[h..(h + c)]);
            train.AddRange(indices[(h + c)..]);
        }
#pragma warning restore CA5394

        // Keep time order inside each split: evaluation groups by jurisdiction-day.
        train.Sort();
        calibration.Sort();
        holdout.Sort();
        return new SplitIndices([.. train], [.. calibration], [.. holdout]);
    }
}
