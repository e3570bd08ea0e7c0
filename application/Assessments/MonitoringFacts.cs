using System.Globalization;
using BorderScreening.Domain.Auditing;

namespace BorderScreening.Application.Assessments;

/// <summary>
/// What monitoring and training need of a record beyond its assessment: the audit group and the
/// model features exactly as the model saw them when it scored the record (point in time: training
/// reads these, never features recomputed later), with the id of the feature schema they follow.
/// Written as extra columns of the assessment's row (same transaction, no extra write) and deleted
/// with it by the retention job.
/// </summary>
public sealed record MonitoringFacts(AuditGroup Group, float[]? Features, string? FeatureSchema = null)
{
    /// <summary>Column holding the feature schema id (the first 16 hex digits of the schema hash).</summary>
    public const string FeatureSchemaColumn = "FeatureSchema";

    /// <summary>Column holding <see cref="AuditGroup.Encode"/>.</summary>
    public const string AuditGroupColumn = "AuditGroup";

    /// <summary>Column holding the features, invariant culture, separated by ';'.</summary>
    public const string FeaturesColumn = "Features";

    /// <summary>Encodes features for the column.</summary>
    public static string? EncodeFeatures(float[]? features) =>
        features is null ? null : string.Join(';', features.Select(f => f.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>Reads the column; null when absent or malformed.</summary>
    public static float[]? DecodeFeatures(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var parts = value.Split(';');
        var features = new float[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!float.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out features[i]))
            {
                return null;
            }
        }

        return features;
    }
}
