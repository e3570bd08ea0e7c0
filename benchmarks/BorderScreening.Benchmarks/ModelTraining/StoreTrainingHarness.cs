using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Learning;
using BorderScreening.Application.Storage;
using BorderScreening.Benchmarks.Report;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Synthetic;
using BorderScreening.Model.Training;
using BorderScreening.Model.Training.Runs;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace BorderScreening.Benchmarks.ModelTraining;

/// <summary>
/// Training from storage (issue 20, "Done when"): seeds N labelled assessments into Azurite — the label,
/// the assessment row with its stored features and the case row with the record, in direct batched
/// table writes of 100 — and times <c>model train</c>'s path from storage: reading and joining them
/// (<see cref="TableTrainingDataSource"/>), then the training run (train, evaluate, card, monitoring
/// reference, lineage), with the progress bars.
/// </summary>
public static class StoreTrainingHarness
{
    /// <summary>Default size: the million.</summary>
    public const int DefaultCount = 1_000_000;

    /// <summary>Runs; writes model-store.json into <paramref name="outDir"/>.</summary>
    public static async Task RunAsync(string outDir, int count)
    {
        var results = new ResultFile();
        var watch = Stopwatch.StartNew();
        var generated = new SyntheticDataGenerator(new SyntheticOptions { Seed = 20261206, Count = count }).Generate();
        results.Add("train-store.generate.s", watch.Elapsed.TotalSeconds, "s", $"{count:N0} synthetic records generated and labelled (not part of the training time)");

        var azurite = await SharedAzurite.GetAsync();
        var options = Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, NamePrefix = SharedAzurite.UniquePrefix() });
        var tables = new StorageTables(new TableServiceClient(azurite.ConnectionString), options);
        await tables.Screenings.CreateIfNotExistsAsync();
        await tables.Labels.CreateIfNotExistsAsync();
        await tables.Outcomes.CreateIfNotExistsAsync();

        watch.Restart();
        await SeedAsync(tables, generated);
        var seedSeconds = watch.Elapsed.TotalSeconds;
        results.Add("train-store.seed.s", seedSeconds, "s", $"{count:N0} labels + {count:N0} assessment rows + {count:N0} case rows, transactions of 100, 8 in flight ({3.0 * count / seedSeconds:N0} entities/s)");

        var source = new TableTrainingDataSource(tables, new TableLabelStore(tables), new TablePartnerOutcomeStore(tables));
        var query = new TrainingQuery { From = DateTimeOffset.UnixEpoch, To = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), Jurisdictions = JurisdictionCodes.All };
        var runDir = Path.Combine(outDir, "train-store-run");
        double readSeconds = 0;
        var total = Stopwatch.StartNew();
        var result = await ConsoleProgress.RunAsync(AnsiConsole.Console, async progress =>
        {
            var read = Stopwatch.StartNew();
            var examples = new List<LabelledExample>(count);
            var reporter = new Progress<TrainingReadProgress>(p => progress.Report(new TrainingProgress("Read store", p.Phase == "labels" || p.Total is not > 0 ? 0 : p.Done / (double)p.Total.Value, $"{p.Phase} {p.Done:N0}")));
            await foreach (var row in source.ReadAsync(query, reporter, CancellationToken.None))
            {
                examples.Add(StoredLabelledExamples.From(row));
            }

            progress.Report(new TrainingProgress("Read store", 1, $"{examples.Count:N0} labels"));
            readSeconds = read.Elapsed.TotalSeconds;
            var run = new TrainingRunOptions { Seed = 7, Input = new TrainingInput("store", From: "1970-01-01", To: "2100-01-01", Jurisdictions: [.. JurisdictionCodes.All.Select(j => j.ToCode())]) };
            return await new TrainingRun(TimeProvider.System).RunAsync([.. examples.OrderBy(e => e.ScreenedAt)], run, runDir, readSeconds, progress, CancellationToken.None);
        });

        var l = result.Lineage;
        results.Add("train-store.read.s", readSeconds, "s", $"read and join {l.Examples:N0} labels from Azurite ({l.Examples / Math.Max(0.001, readSeconds):N0} labels/s); features {l.Features.PointInTime:N0} stored, {l.Features.Recomputed:N0} recomputed");
        results.Add("train-store.train.s", l.TrainSeconds, "s", $"ModelTrainer ({result.Metadata.Trainer} chosen of FastTree and LightGbm) on {l.Examples:N0} rows, {l.Positives:N0} positives");
        results.Add("train-store.total.s", total.Elapsed.TotalSeconds, "s", "read + train + evaluate + permutation importance + card + monitoring reference + lineage");
        results.Add("train-store.peak-memory.mib", Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024, "MiB", "peak working set of the benchmark process (Azurite not included)");
        results.Fact("train-store data", $"{count:N0} synthetic records (seed 20261206), labelled; 1% random checks at inclusion probability 0.005");
        results.Save(Path.Combine(outDir, "model-store.json"));
        foreach (var figure in results.Figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{figure.Key}: {figure.Value:0.0} {figure.Unit} ({figure.Note})"));
        }
    }

    private static async Task SeedAsync(StorageTables tables, IReadOnlyList<GeneratedExample> generated)
    {
        var schemaId = FeatureSchema.Id;
        var labelBatches = new List<(TableClient Table, List<TableTransactionAction> Actions)>();
        var rowBatches = new List<(TableClient Table, List<TableTransactionAction> Actions)>();
        var labelsByPartition = new Dictionary<string, List<TableTransactionAction>>(StringComparer.Ordinal);
        var rowsByPartition = new Dictionary<string, List<TableTransactionAction>>(StringComparer.Ordinal);
        void Add(Dictionary<string, List<TableTransactionAction>> open, List<(TableClient, List<TableTransactionAction>)> done, TableClient table, string partition, int size, params TableEntity[] entities)
        {
            if (!open.TryGetValue(partition, out var list))
            {
                open[partition] = list = [];
            }

            // Adds, not upserts: the rows are new, and Azurite looks an upsert's row up twice.
            list.AddRange(entities.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)));
            if (list.Count >= size)
            {
                done.Add((table, list));
                open[partition] = [];
            }
        }

        for (var i = 0; i < generated.Count; i++)
        {
            var e = generated[i];
            var j = e.Record.Jurisdiction;
            var id = string.Create(CultureInfo.InvariantCulture, $"{j.ToCode()}-bench-{i:D8}");
            var partition = AssessmentId.PartitionKey(j, i % AssessmentId.Shards);
            var context = e.ToContext();
            var randomCheck = i % 100 == 0;
            var assessment = new Assessment
            {
                Id = id, Jurisdiction = j, ScreenedAt = e.ScreenedAt, EventAt = e.ScreenedAt, CaseId = id,
                CatalogueVersion = "bench-catalogue", ModelVersion = "bench-model",
                NetworkCounts = e.Counts.All.ToDictionary(c => $"{c.Key.Type}/{c.Key.WindowDays}d", c => c.Value, StringComparer.Ordinal),
            };
            var reviewCase = new ReviewCase { CaseId = id, Jurisdiction = j, Record = e.Record, CreatedAt = e.ScreenedAt };
            Add(rowsByPartition, rowBatches, tables.Screenings, partition, 100,
                new TableEntity(partition, "A|" + id)
                {
                    ["Body"] = JsonSerializer.Serialize(assessment, ScreeningJson.Options),
                    ["ScreenedAt"] = e.ScreenedAt,
                    [MonitoringFacts.FeaturesColumn] = MonitoringFacts.EncodeFeatures(FeatureExtractor.Extract(context)),
                    [MonitoringFacts.FeatureSchemaColumn] = schemaId,
                },
                new TableEntity(partition, "C|" + id) { ["Body"] = JsonSerializer.Serialize(reviewCase, ScreeningJson.Options), ["CreatedAt"] = e.ScreenedAt });
            Add(labelsByPartition, labelBatches, tables.Labels, j.ToCode(), 100,
                new TableEntity(j.ToCode(), id)
                {
                    ["AssessmentId"] = id, ["Outcome"] = e.TrainingLabel ? "ReferVictimSupport" : "NoConcern", ["Label"] = e.TrainingLabel ? 1 : 0,
                    ["OwnAssessment"] = "bench", ["ReasonCodes"] = "", ["ReviewerRole"] = "Review", ["DecidedAt"] = e.ScreenedAt.AddDays(1),
                    ["CatalogueVersion"] = "bench-catalogue", ["ModelVersion"] = "bench-model",
                    ["RandomCheck"] = randomCheck, ["InclusionProbability"] = randomCheck ? 0.005 : null,
                });
        }

        foreach (var (partition, list) in rowsByPartition.Where(p => p.Value.Count > 0))
        {
            rowBatches.Add((tables.Screenings, list));
        }

        foreach (var (partition, list) in labelsByPartition.Where(p => p.Value.Count > 0))
        {
            labelBatches.Add((tables.Labels, list));
        }

        var all = rowBatches.Concat(labelBatches).ToList();
        var written = 0;
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Seed Azurite", maxValue: all.Count);
                await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, ct) =>
                {
                    await batch.Table.SubmitTransactionAsync(batch.Actions, ct);
                    task.Value = Interlocked.Increment(ref written);
                });
            });
    }
}
