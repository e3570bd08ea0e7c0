namespace BorderScreening.Model.Training;

/// <summary>Progress of one stage of a training run (fraction in [0, 1]).</summary>
public sealed record TrainingProgress(string Stage, double Fraction, string? Detail = null)
{
    public const string Generating = "Generate data";
    public const string Featurising = "Extract features";
    public const string Training = "Train";
    public const string Calibrating = "Calibrate";
    public const string Evaluating = "Evaluate";
    public const string Saving = "Save";
}
