using System.Globalization;
using BorderScreening.Domain.Auditing;

namespace BorderScreening.Application.Assessments;

/// <summary>
/// What monitoring needs of a record beyond its assessment: the audit group and the model features.
/// Written as two extra columns of the assessment's row (same transaction, no extra write) and
/// deleted with it by the retention job.
/// </summary>
public sealed record MonitoringFacts(AuditGroup Group, float[]? Features)
{
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
