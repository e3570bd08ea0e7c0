using BorderScreening.Model.Serving.Labels;

namespace BorderScreening.Model.Serving.Gating;

/// <summary>
/// Generates the synthetic holdout the server falls back to when too few labels are stored
/// (implemented by the synthetic generator, which references serving, not the other way round).
/// </summary>
public interface ISyntheticHoldoutSource
{
    /// <summary><paramref name="count"/> generated records with their ground truth, reproducible for a seed.</summary>
    IReadOnlyList<LabelledExample> Generate(int count, int seed);
}
