using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// The training-time distributions monitoring compares each day with: risk score and every model
/// feature, binned, per jurisdiction. Computed reproducibly from the synthetic generator with the
/// model's seed (<c>screening monitor-reference</c>) and stored with the model
/// (<c>model/shipped/monitoring-reference.json</c>).
/// </summary>
public sealed record MonitoringReference
{
    /// <summary>File name next to the shipped model.</summary>
    public const string FileName = "monitoring-reference.json";

    /// <summary>Model version the reference was computed with.</summary>
    public string ModelVersion { get; init; } = "";

    /// <summary>Catalogue version the scores were computed with.</summary>
    public string CatalogueVersion { get; init; } = "";

    /// <summary>How it was made ("synthetic generator, seed 20261128, 40,000 records").</summary>
    public string Source { get; init; } = "";

    /// <summary>Feature names in vector order.</summary>
    public IReadOnlyList<string> FeatureNames { get; init; } = [];

    /// <summary>Distributions per jurisdiction code.</summary>
    public IReadOnlyDictionary<string, JurisdictionReference> Jurisdictions { get; init; } = new Dictionary<string, JurisdictionReference>();

    /// <summary>The reference of one jurisdiction, or null.</summary>
    public JurisdictionReference? For(Jurisdiction jurisdiction) =>
        // Case-insensitive: the JSON naming policy camel-cases dictionary keys ("AW" is written "aw").
        Jurisdictions.FirstOrDefault(j => string.Equals(j.Key, jurisdiction.ToCode(), StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Reads a reference file.</summary>
    public static MonitoringReference Load(string path) =>
        JsonSerializer.Deserialize<MonitoringReference>(File.ReadAllText(path), ScreeningJson.Options)
            ?? throw new InvalidDataException($"{path} holds no monitoring reference.");

    /// <summary>Serialises for the file.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Indented);

    private static readonly JsonSerializerOptions Indented = new(ScreeningJson.Options) { WriteIndented = true };
}

/// <summary>The reference distributions of one jurisdiction.</summary>
public sealed record JurisdictionReference
{
    /// <summary>Reference records.</summary>
    public int Records { get; init; }

    /// <summary>Share of hits in the reference.</summary>
    public double HitRate { get; init; }

    /// <summary>Risk score bins.</summary>
    public ReferenceBins Score { get; init; } = new();

    /// <summary>Bins per feature name.</summary>
    public IReadOnlyDictionary<string, ReferenceBins> Features { get; init; } = new Dictionary<string, ReferenceBins>();
}
