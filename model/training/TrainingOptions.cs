namespace BorderScreening.Model.Training;

/// <summary>The trainers a run compares.</summary>
public enum CandidateTrainer
{
    FastTree,
    LightGbm,
}

/// <summary>Settings of a training run. Same data and options ⇒ same model and metrics.</summary>
public sealed record TrainingOptions
{
    /// <summary>Seed for the split and the trainers (<c>new MLContext(seed)</c>).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Share of examples held out for evaluation (stratified).</summary>
    public double HoldoutFraction { get; init; } = 0.2;

    /// <summary>Share of examples used to choose the trainer and fit the Platt calibration (stratified).</summary>
    public double CalibrationFraction { get; init; } = 0.2;

    /// <summary>Trainers compared; the best on the calibration split's AUPRC is kept.</summary>
    public IReadOnlyList<CandidateTrainer> Trainers { get; init; } = [CandidateTrainer.FastTree, CandidateTrainer.LightGbm];

    /// <summary>Boosting rounds.</summary>
    public int NumberOfTrees { get; init; } = 150;

    /// <summary>Leaves per tree.</summary>
    public int NumberOfLeaves { get; init; } = 16;

    /// <summary>Minimum examples in a leaf (guards against memorising single rare positives).</summary>
    public int MinimumExamplesPerLeaf { get; init; } = 20;

    /// <summary>Learning rate.</summary>
    public double LearningRate { get; init; } = 0.08;

    /// <summary>Weight of a positive example; null = sqrt(negatives / positives), capped at 50.</summary>
    public double? PositiveWeight { get; init; }

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(HoldoutFraction, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CalibrationFraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(HoldoutFraction + CalibrationFraction, 0.9);
        if (Trainers.Count == 0)
        {
            throw new ArgumentException("At least one trainer is needed.", nameof(Trainers));
        }
    }
}
