using System.Diagnostics;
using System.Globalization;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Synthetic;
using BorderScreening.Model.Training;

namespace BorderScreening.Benchmarks.ModelTraining;

/// <summary>
/// Training and serving costs of the model (issue #5): generation and training time for generated
/// sets of the given sizes (both candidate trainers, as a real run trains them), model load time, and
/// single and batch prediction cost. scripts/bench runs it pinned to one core (taskset), so the
/// figures are one core's.
/// </summary>
public static class ModelHarness
{
    private const int PredictionRecords = 20_000;

    /// <summary>Runs the phase and writes model.json into <paramref name="outDir"/>.</summary>
    public static void Run(string outDir, IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var results = new ResultFile();
        results.Fact("processors visible to the process", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));
        string? savedModel = null;
        foreach (var count in counts)
        {
            var label = count.ToString("N0", CultureInfo.InvariantCulture);
            var watch = Stopwatch.StartNew();
            var examples = new SyntheticDataGenerator(new SyntheticOptions { Seed = DefaultModelBuilder.ShippedSeed, Count = count }).Generate()
                .Select(e => e.ToLabelled()).ToList();
            results.Add($"model.generate.{count}.s", watch.Elapsed.TotalSeconds, "s", $"{label} generated records");

            watch.Restart();
            var run = new ModelTrainer(TimeProvider.System).Train(examples, new TrainingOptions { Seed = DefaultModelBuilder.ShippedSeed });
            results.Add($"model.train.{count}.s", watch.Elapsed.TotalSeconds, "s", $"{label} records: split, both trainers, calibration, holdout scoring");
            foreach (var candidate in run.Metadata.Candidates)
            {
                results.Add($"model.train.{count}.{candidate.Trainer}.s", candidate.TrainSeconds, "s", $"{candidate.Trainer} alone, {run.Metadata.TrainRows:N0} training rows");
            }

            results.Fact($"training on {label}", $"{run.Metadata.Trainer} kept, holdout AUPRC {run.Metadata.HoldoutAuprc:F3}, ROC AUC {run.Metadata.HoldoutRocAuc:F3}, {run.Metadata.TrainPositives:N0} positives in {run.Metadata.TrainRows:N0} training rows");
            if (savedModel is null)
            {
                savedModel = Path.Combine(outDir, "model-" + count.ToString(CultureInfo.InvariantCulture));
                run.SaveAsync(savedModel).GetAwaiter().GetResult();
                results.Fact("model measured for load and prediction", $"{run.Metadata.ModelVersion} ({run.Metadata.Trainer}, trained on {label} records), {new FileInfo(Path.Combine(savedModel, ModelMetadata.ModelFileName)).Length / 1024.0:F0} KiB zip");
                examples.Clear();
                MeasureServing(results, Path.Combine(savedModel, ModelMetadata.ModelFileName));
            }

            // Saved after every size: a bounded run that stops during the largest set keeps what it measured.
            results.Save(Path.Combine(outDir, "model.json"));
            examples.Clear();
            GC.Collect();
        }
    }

    private static void MeasureServing(ResultFile results, string zip)
    {
        MlNetRiskModel.Load(zip); // warm-up: JIT and ML.NET's assembly loading are one-off costs
        var loads = new List<double>();
        MlNetRiskModel model = null!;
        for (var i = 0; i < 7; i++)
        {
            var load = Stopwatch.StartNew();
            model = MlNetRiskModel.Load(zip);
            model.Predict(Contexts(1)[0]); // the first prediction builds the engine: part of being ready to serve
            loads.Add(load.Elapsed.TotalMilliseconds);
        }

        loads.Sort();
        results.Add("model.load.ms", loads[loads.Count / 2], "ms", "median of 7: load the zip and make the first prediction");

        var contexts = Contexts(PredictionRecords);
        foreach (var c in contexts.Take(1000))
        {
            model.Predict(c);
        }

        var single = Stopwatch.StartNew();
        var sum = 0.0;
        foreach (var c in contexts)
        {
            sum += model.Predict(c).Probability;
        }

        results.Add("model.predict.single.us", single.Elapsed.TotalMicroseconds / contexts.Count, "µs", "MlNetRiskModel.Predict per record, one call per record");
        var batch = Stopwatch.StartNew();
        sum += model.PredictBatch(contexts).Sum();
        var batchSeconds = batch.Elapsed.TotalSeconds;
        results.Add("model.predict.batch.us", batchSeconds * 1e6 / contexts.Count, "µs", "MlNetRiskModel.PredictBatch per record (one engine, reused buffers)");
        results.Add("model.predict.batch.rps", contexts.Count / batchSeconds, "records/s", "batch prediction");
        var explain = Stopwatch.StartNew();
        foreach (var c in contexts.Take(2000))
        {
            sum += model.PredictWithContributions(c).Probability;
        }

        results.Add("model.predict.contributions.us", explain.Elapsed.TotalMicroseconds / 2000, "µs", "prediction with top feature contributions (hits only)");
        results.Fact("checksum", sum.ToString("F3", CultureInfo.InvariantCulture));
    }

    private static List<ScreeningContext> Contexts(int count) =>
        new SyntheticDataGenerator(new SyntheticOptions { Seed = 99, Count = count }).Generate().Select(e => e.ToContext()).ToList();
}
