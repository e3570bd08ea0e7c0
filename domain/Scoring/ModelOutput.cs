namespace BorderScreening.Domain.Scoring;

/// <summary>What the model says about one record.</summary>
public sealed record ModelOutput
{
    /// <summary>Version of the model that scored.</summary>
    public string ModelVersion { get; init; } = "";

    /// <summary>Calibrated probability in [0, 1].</summary>
    public double Probability { get; init; }

    /// <summary>Top feature contributions (filled for hits and on demand only; they cost ~10 predictions).</summary>
    public IReadOnlyList<FeatureContribution> Contributions { get; init; } = [];
}

/// <summary>How much one feature pushed the score up (positive) or down (negative).</summary>
public sealed record FeatureContribution(string Feature, double Value, double Contribution);
