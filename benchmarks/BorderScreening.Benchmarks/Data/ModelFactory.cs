using BorderScreening.Benchmarks.Micro;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Synthetic;
using BorderScreening.Model.Training;

namespace BorderScreening.Benchmarks.Data;

/// <summary>
/// The models the in-process benchmarks score with: the shipped model (model/shipped, whatever
/// trainer won), and a FastTree model with the shipped training settings on a smaller synthetic
/// set, so a bare FastTree prediction can be measured whatever the shipped trainer is.
/// </summary>
public static class ModelFactory
{
    private static readonly Lazy<MlNetRiskModel> Shipped = new(MlNetRiskModel.LoadShipped);
    private static readonly Lazy<(MlNetRiskModel Model, string ZipPath)> TrainedFastTree = new(TrainFastTree);

    /// <summary>The shipped model.</summary>
    public static MlNetRiskModel InService() => Shipped.Value;

    /// <summary>A FastTree model (trained once per process, 20,000 synthetic rows).</summary>
    public static MlNetRiskModel FastTree() => TrainedFastTree.Value.Model;

    /// <summary>The FastTree model's zip.</summary>
    public static string FastTreeZip => TrainedFastTree.Value.ZipPath;

    /// <summary>Micro benchmark classes that need a trained model.</summary>
    public static IReadOnlyList<Type> MicroBenchmarkTypes { get; } = [typeof(ModelBenchmarks)];

    private static (MlNetRiskModel, string) TrainFastTree()
    {
        var examples = new SyntheticDataGenerator(new SyntheticOptions { Seed = 11, Count = 20_000 }).Generate()
            .Select(e => e.ToLabelled("synthetic", "bench")).ToList();
        var result = new ModelTrainer(TimeProvider.System).Train(examples, new TrainingOptions { Seed = 11, Trainers = [CandidateTrainer.FastTree] });
        var folder = Path.Combine(Path.GetTempPath(), "screening-bench-fasttree-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        result.SaveAsync(folder).GetAwaiter().GetResult();
        var zip = Path.Combine(folder, ModelMetadata.ModelFileName);
        return (MlNetRiskModel.Load(zip), zip);
    }
}
