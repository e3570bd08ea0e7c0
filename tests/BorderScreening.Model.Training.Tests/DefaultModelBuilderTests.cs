using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Registry;
using BorderScreening.Model.Training.Evaluation;
using BorderScreening.TestSupport.Model;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Model.Training.Tests;

public sealed class DefaultModelBuilderTests
{
    [Fact]
    public async Task BuildAsync_SmallRun_WritesLoadableModelAndCard()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bsm-default-" + Guid.NewGuid().ToString("N"));
        var stages = new List<string>();
        var progress = new SynchronousProgress(p => stages.Add(p.Stage));

        var build = await DefaultModelBuilder.BuildAsync(directory, seed: 3, count: 8_000, progress, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)), CancellationToken.None);

        var model = MlNetRiskModel.Load(Path.Combine(directory, ModelMetadata.ModelFileName));
        Assert.Equal(build.Metadata.ModelVersion, model.Version);
        Assert.True(File.Exists(Path.Combine(directory, ModelCardWriter.MarkdownFile)));
        Assert.Contains(TrainingProgress.Generating, stages);
        Assert.Contains(TrainingProgress.Saving, stages);
        Assert.Equal(3, build.Evaluation.Systems.Count);
    }

    [Fact]
    public void LoadShipped_ModelInOutputFolder_LoadsAndScores()
    {
        var model = MlNetRiskModel.LoadShipped();

        var probability = model.Predict(ModelTestData.Examples[0].ToContext()).Probability;

        Assert.InRange(probability, 0, 1);
        Assert.StartsWith("bsm-", model.Version, StringComparison.Ordinal);
        Assert.Equal(FeatureSchema.Hash, model.Metadata.FeatureSchemaHash);
    }

    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
