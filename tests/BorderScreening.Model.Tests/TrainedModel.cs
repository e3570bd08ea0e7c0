using BorderScreening.Model.Serving;
using BorderScreening.Model.Tests.Training;
using BorderScreening.Model.Training;

namespace BorderScreening.Model.Tests;

/// <summary>One small model trained and saved once per test run, shared by evaluation and serving tests.</summary>
internal static class TrainedModel
{
    private static readonly Lazy<(TrainingResult Run, string Directory)> Shared = new(() =>
    {
        var run = ModelTrainerTests.TrainSmall();
        var directory = Path.Combine(Path.GetTempPath(), "bsm-tests-" + Guid.NewGuid().ToString("N"));
        run.SaveAsync(directory).GetAwaiter().GetResult();
        return (run, directory);
    });

    public static TrainingResult Run => Shared.Value.Run;

    public static string Directory => Shared.Value.Directory;

    public static string ZipPath => Path.Combine(Directory, ModelMetadata.ModelFileName);

    public static MlNetRiskModel Load() => MlNetRiskModel.Load(ZipPath);
}
