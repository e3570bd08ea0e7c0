namespace BorderScreening.Domain.Scoring;

/// <summary>Stands in where no model is in service: probability 0, so the rules alone decide.</summary>
public sealed class NoModel : IRiskModel
{
    /// <inheritdoc />
    public string Version => "none";

    /// <inheritdoc />
    public ModelOutput Predict(ScreeningContext context) => new() { ModelVersion = Version, Probability = 0 };

    /// <inheritdoc />
    public ModelOutput PredictWithContributions(ScreeningContext context, int top = 8) => Predict(context);
}
