namespace BorderScreening.Domain.Scoring;

/// <summary>
/// A model in service that can score a shadow model alongside it. The shadow's output is stored with
/// the assessment for comparison and never changes the score, band or hit.
/// </summary>
public interface IShadowingRiskModel : IRiskModel
{
    /// <summary>Scores with the model in service and, when one is set, the shadow (null when none is set or it failed).</summary>
    ShadowedPrediction PredictWithShadowOutput(ScreeningContext context);
}
