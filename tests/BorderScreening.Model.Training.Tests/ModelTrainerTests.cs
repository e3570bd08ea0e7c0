using BorderScreening.TestSupport.Model;
using Xunit.Abstractions;

namespace BorderScreening.Model.Training.Tests;

public sealed class ModelTrainerTests(ITestOutputHelper output)
{
    [Fact]
    public void Train_SameDataAndSeed_SameMetricsAndScores()
    {
        var first = TrainedModel.TrainSmall();
        var second = TrainedModel.TrainSmall();
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(first.Metadata));

        Assert.Equal(first.Metadata.HoldoutAuprc, second.Metadata.HoldoutAuprc);
        Assert.Equal(first.Metadata.Candidates.Select(c => c with { TrainSeconds = 0 }), second.Metadata.Candidates.Select(c => c with { TrainSeconds = 0 }));
        Assert.Equal(first.HoldoutProbabilities, second.HoldoutProbabilities);
        Assert.Equal(first.Metadata.ModelVersion, second.Metadata.ModelVersion);
    }
}
