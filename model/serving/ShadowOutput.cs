namespace BorderScreening.Model.Serving;

/// <summary>What the shadow model said about a record the active model scored. Recorded for monitoring; never affects hits.</summary>
public sealed record ShadowOutput(string ActiveVersion, double ActiveProbability, string ShadowVersion, double? ShadowProbability, string? Error);
