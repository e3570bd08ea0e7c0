using BorderScreening.Model.Synthetic;

namespace BorderScreening.TestSupport.Model;

/// <summary>Small generated sets shared by tests (generated once per process; generation is deterministic).</summary>
public static class ModelTestData
{
    private static readonly Lazy<IReadOnlyList<GeneratedExample>> Small = new(() =>
        new SyntheticDataGenerator(new SyntheticOptions { Seed = 7, Count = 12_000, PositiveRate = 0.01 }).Generate());

    /// <summary>12k records with a 1% positive rate (higher than default so small tests see enough positives).</summary>
    public static IReadOnlyList<GeneratedExample> Examples => Small.Value;
}
