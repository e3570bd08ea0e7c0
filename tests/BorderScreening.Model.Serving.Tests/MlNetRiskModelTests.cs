using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Registry;
using BorderScreening.TestSupport.Model;

namespace BorderScreening.Model.Serving.Tests;

public sealed class MlNetRiskModelTests
{
    [Fact]
    public void Predict_LoadedModel_MatchesTrainingHoldoutProbabilities()
    {
        var model = TrainedModel.Load();
        var run = TrainedModel.Run;

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(run.HoldoutProbabilities[i], model.Predict(run.Holdout[i].ToContext()).Probability, 5);
        }

        Assert.Equal(run.Metadata.ModelVersion, model.Version);
    }

    [Fact]
    public void Predict_ManyThreads_SameAnswersAsSequential()
    {
        var model = TrainedModel.Load();
        var contexts = ModelTestData.Examples.Take(2_000).Select(e => e.ToContext()).ToArray();
        var sequential = contexts.Select(c => model.Predict(c).Probability).ToArray();

        var parallel = new double[contexts.Length];
        Parallel.For(0, contexts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = model.Predict(contexts[i]).Probability);

        Assert.Equal(sequential, parallel);
        Assert.Equal(sequential, model.PredictBatch(contexts));
    }

    [Fact]
    public void PredictWithContributions_Positive_ExplainsWithNamedFeatures()
    {
        var model = TrainedModel.Load();
        var run = TrainedModel.Run;
        var top = Enumerable.Range(0, run.Holdout.Count).MaxBy(i => run.HoldoutProbabilities[i]);

        var output = model.PredictWithContributions(run.Holdout[top].ToContext(), top: 5);

        Assert.InRange(output.Contributions.Count, 1, 5);
        Assert.Contains(output.Contributions, c => c.Contribution > 0);
        Assert.All(output.Contributions, c => Assert.Contains(c.Feature, FeatureSchema.Names));
        Assert.Equal(model.Predict(run.Holdout[top].ToContext()).Probability, output.Probability, 5);
    }

    [Fact]
    public void PredictWithContributions_ManyThreads_SameAnswersAsSequential()
    {
        var model = TrainedModel.Load();
        var contexts = ModelTestData.Examples.Take(300).Select(e => e.ToContext()).ToArray();
        var sequential = contexts.Select(c => model.PredictWithContributions(c)).ToArray();

        var parallel = new ModelOutput[contexts.Length];
        Parallel.For(0, contexts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = model.PredictWithContributions(contexts[i]));

        for (var i = 0; i < contexts.Length; i++)
        {
            Assert.Equal(sequential[i].Probability, parallel[i].Probability);
            Assert.Equal(sequential[i].Contributions, parallel[i].Contributions);
        }
    }

    [Fact]
    public void Load_OtherFeatureSchema_Refuses()
    {
        using var zip = File.OpenRead(TrainedModel.ZipPath);
        var metadata = TrainedModel.Run.Metadata with { FeatureSchemaHash = new string('0', 64) };

        Assert.Throws<InvalidDataException>(() => MlNetRiskModel.Load(zip, metadata));
    }

    [Fact]
    public void Save_ModelZip_IsSmall()
    {
        Assert.True(new FileInfo(TrainedModel.ZipPath).Length < 1024 * 1024);
        Assert.True(File.Exists(Path.Combine(TrainedModel.Directory, ModelMetadata.FileName)));
    }
}
