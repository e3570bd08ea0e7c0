using BorderScreening.Core.Scoring;

namespace BorderScreening.Benchmarks.Data;

/// <summary>The model the benchmarks score with: what <c>AddScreening</c> registers.</summary>
public static class ModelFactory
{
    /// <summary>The model in service.</summary>
    public static IRiskModel InService() => new NoModel();

    /// <summary>Whether a trained model is measured (false: the rules-only stand-in).</summary>
    public static bool HasTrainedModel => false;

    /// <summary>Micro benchmark classes that need the trained model (none without it).</summary>
    public static IReadOnlyList<Type> MicroBenchmarkTypes { get; } = [];
}
