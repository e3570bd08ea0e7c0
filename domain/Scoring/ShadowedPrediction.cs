namespace BorderScreening.Domain.Scoring;

/// <summary>The active model's output and, for comparison only, the shadow model's.</summary>
public sealed record ShadowedPrediction(ModelOutput Active, ModelOutput? Shadow);
