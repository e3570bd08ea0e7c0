using BorderScreening.Model.Serving.Gating;
using BorderScreening.Model.Serving.Labels;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// The server's fallback evaluation data: generated records with their ground truth, the same
/// generator the trainer uses, under the seed the gate options fix (never the training seed).
/// </summary>
public sealed class SyntheticHoldoutSource : ISyntheticHoldoutSource
{
    /// <inheritdoc />
    public IReadOnlyList<LabelledExample> Generate(int count, int seed) =>
        new SyntheticDataGenerator(new SyntheticOptions { Seed = seed, Count = count }).Generate().Select(e => e.ToLabelled()).ToList();
}
