using BorderScreening.Model.Training;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace BorderScreening.Model.Tests.Training;

public sealed class ModelTrainerTests(ITestOutputHelper output)
{
    internal static readonly TrainingOptions FastOptions = new() { Seed = 5, NumberOfTrees = 60 };

    internal static TrainingResult TrainSmall(TrainingOptions? options = null) =>
        new ModelTrainer(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)))
            .Train(TestData.Examples.Select(e => e.ToLabelled()).ToList(), options ?? FastOptions);

    [Fact]
    public void Train_SameDataAndSeed_SameMetricsAndScores()
    {
        var first = TrainSmall();
        var second = TrainSmall();
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(first.Metadata));

        Assert.Equal(first.Metadata.HoldoutAuprc, second.Metadata.HoldoutAuprc);
        Assert.Equal(first.Metadata.Candidates.Select(c => c with { TrainSeconds = 0 }), second.Metadata.Candidates.Select(c => c with { TrainSeconds = 0 }));
        Assert.Equal(first.HoldoutProbabilities, second.HoldoutProbabilities);
        Assert.Equal(first.Metadata.ModelVersion, second.Metadata.ModelVersion);
    }
}
