using System.Text.Json;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.TestSupport.Model;

namespace BorderScreening.Cli.Tests.Commands.Model;

/// <summary><c>screening model train --labels</c> writes a run directory whose lineage counts the input.</summary>
[Collection(LiveConsoleCollection.Name)]
public sealed class ModelTrainCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-tests", "train-" + Guid.NewGuid().ToString("N"));

    public ModelTrainCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // 4,000 generated records (every third, so positives are spread) shaped like a review export: every 50th a random check drawn at 1%;
    // the first half carries features stored under this build's schema, every 7th of the rest under an older one.
    private static List<LabelledExample> Labels() =>
        [.. ModelTestData.Examples.Where((_, k) => k % 3 == 0).Take(4_000).Select((e, i) =>
        {
            var example = e.ToLabelled($"review:{e.Record.Jurisdiction.ToCode()}", $"x-{i}; outcome o; reviewer role r; catalogue cat-1; model bsm-1") with { TrueLabel = null };
            var check = i % 50 == 0;
            return example with
            {
                RandomCheck = check,
                InclusionProbability = check ? 0.01 : null,
                LabelSource = i % 100 == 1 ? LabelSources.Outcome : null,
                Features = i < 2_000 || i % 7 == 0 ? FeatureExtractor.Extract(example.ToContext()) : null,
                FeatureSchemaId = i < 2_000 ? FeatureSchema.Id : i % 7 == 0 ? "0123456789abcdef" : null,
            };
        })];

    private async Task<string> WriteJsonLinesAsync(IEnumerable<LabelledExample> examples)
    {
        var path = Path.Combine(_folder, "labels.jsonl");
        await using var stream = File.Create(path);
        await LabelledExampleJsonLines.WriteAsync(stream, examples);
        return path;
    }

    [Fact]
    public async Task Train_LabelsFile_WritesRunDirectoryWithLineageCounts()
    {
        var labels = Labels();
        var file = await WriteJsonLinesAsync(labels);
        var run = Path.Combine(_folder, "run");

        var exitCode = await CliApp.Create().RunAsync(["model", "train", "--labels", file, "--out", run, "--seed", "5"]);

        Assert.Equal(0, exitCode);
        foreach (var name in new[] { "model.zip", "model.json", "model-card.json", "model-card.md", "monitoring-reference.json", "lineage.json" })
        {
            Assert.True(File.Exists(Path.Combine(run, name)), name);
        }

        using var lineage = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run, "lineage.json")));
        var root = lineage.RootElement;
        Assert.Equal(4_000, root.GetProperty("examples").GetInt32());
        Assert.Equal(labels.Count(e => e.Label), root.GetProperty("positives").GetInt32());
        Assert.Equal(labels.Count(e => !e.Label), root.GetProperty("negatives").GetInt32());
        Assert.Equal(4_000, root.GetProperty("perJurisdiction").EnumerateObject().Sum(j => j.Value.GetProperty("examples").GetInt32()));
        Assert.Equal(labels.Count(e => e.LabelSource is null && e.Source == "review:AW"), root.GetProperty("perLabelSource").GetProperty("review:AW").GetProperty("examples").GetInt32());
        Assert.Equal(40, root.GetProperty("perLabelSource").GetProperty(LabelSources.Outcome).GetProperty("examples").GetInt32());
        Assert.Equal(80, root.GetProperty("randomChecks").GetProperty("count").GetInt32());
        Assert.Equal(8_000, root.GetProperty("randomChecks").GetProperty("weightSum").GetDouble(), 3);
        Assert.Equal(2_000, root.GetProperty("features").GetProperty("pointInTime").GetInt32());
        Assert.Equal(2_000, root.GetProperty("features").GetProperty("recomputed").GetInt32());
        Assert.Equal(Enumerable.Range(2_000, 2_000).Count(i => i % 7 == 0), root.GetProperty("features").GetProperty("recomputedBecause").GetProperty("stored under schema 0123456789abcdef").GetInt32());
        Assert.Equal(4_000, root.GetProperty("catalogueVersions").GetProperty("cat-1").GetInt32());
        Assert.False(root.GetProperty("synthetic").GetProperty("mixedIn").GetBoolean());
        Assert.Equal(FeatureSchema.Hash, root.GetProperty("featureSchemaHash").GetString());
        Assert.Equal(5, root.GetProperty("seed").GetInt32());
        Assert.Contains("training data of run", await File.ReadAllTextAsync(Path.Combine(run, "monitoring-reference.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_ParquetWithSyntheticPrior_RecordsPriorInLineageAndCard()
    {
        var path = Path.Combine(_folder, "labels.parquet");
        await using (var stream = File.Create(path))
        {
            await LabelledExampleParquet.WriteAsync(stream, Labels().Take(3_000));
        }

        var run = Path.Combine(_folder, "run");

        var exitCode = await CliApp.Create().RunAsync(["model", "train", "--labels", path, "--out", run, "--synthetic-prior", "2000"]);

        Assert.Equal(0, exitCode);
        using var lineage = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run, "lineage.json")));
        Assert.Equal("parquet", lineage.RootElement.GetProperty("input").GetProperty("format").GetString());
        Assert.Equal(3_000, lineage.RootElement.GetProperty("examples").GetInt32());
        Assert.Equal(2_000, lineage.RootElement.GetProperty("synthetic").GetProperty("count").GetInt32());
        Assert.Contains("2,000 synthetic records", await File.ReadAllTextAsync(Path.Combine(run, "model-card.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_EmptyLabelsFile_FailsWithNoLabels()
    {
        var file = await WriteJsonLinesAsync([]);

        var exitCode = await CliApp.Create().RunAsync(["model", "train", "--labels", file, "--out", Path.Combine(_folder, "run")]);

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(Path.Combine(_folder, "run", "model.zip")));
    }

    [Fact]
    public async Task Train_RequireStoredFeaturesWithOldSchema_FailsBeforeTraining()
    {
        var file = await WriteJsonLinesAsync(Labels());

        var exitCode = await CliApp.Create().RunAsync(["model", "train", "--labels", file, "--out", Path.Combine(_folder, "run"), "--require-stored-features"]);

        Assert.Equal(1, exitCode);
        Assert.False(Directory.Exists(Path.Combine(_folder, "run")));
    }

    [Fact]
    public async Task Train_LabelsAndPeriodTogether_IsRefused()
    {
        var exitCode = await CliApp.Create().RunAsync(["model", "train", "--labels", "x.jsonl", "--from", "2026-01-01", "--to", "2026-02-01"]);

        Assert.NotEqual(0, exitCode);
    }
}
