using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Registry;
using BorderScreening.Model.Training;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.TestSupport.Model;

/// <summary>One small model trained and saved once per test run, shared by evaluation and serving tests.</summary>
public static class TrainedModel
{
    public static readonly TrainingOptions FastOptions = new() { Seed = 5, NumberOfTrees = 60 };

    public static TrainingResult TrainSmall(TrainingOptions? options = null) =>
        new ModelTrainer(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)))
            .Train(ModelTestData.Examples.Select(e => e.ToLabelled()).ToList(), options ?? FastOptions);

    private static readonly Lazy<(TrainingResult Run, string Directory)> Shared = new(() =>
    {
        var run = TrainSmall();
        var directory = Path.Combine(Path.GetTempPath(), "bsm-tests-" + Guid.NewGuid().ToString("N"));
        run.SaveAsync(directory).GetAwaiter().GetResult();
        return (run, directory);
    });

    public static TrainingResult Run => Shared.Value.Run;

    public static string Directory => Shared.Value.Directory;

    public static string ZipPath => Path.Combine(Directory, ModelMetadata.ModelFileName);

    public static MlNetRiskModel Load() => MlNetRiskModel.Load(ZipPath);
}
