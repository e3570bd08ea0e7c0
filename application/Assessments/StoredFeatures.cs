namespace BorderScreening.Application.Assessments;

/// <summary>
/// The model features an assessment was scored with, as stored beside it (point in time), and the id
/// of the feature schema they follow (<see cref="MonitoringFacts.FeatureSchemaColumn"/>; null for rows
/// written before the id was stored).
/// </summary>
public sealed record StoredFeatures(float[] Values, string? SchemaId);
