using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

/// <summary>
/// A loaded, validated and compiled indicator catalogue. Immutable; only
/// <see cref="IndicatorCatalogueLoader"/> creates one, so every instance is valid.
/// </summary>
public sealed class IndicatorCatalogue
{
    private readonly IndicatorDefinition[] _traveller;
    private readonly IndicatorDefinition[] _workPermit;
    private readonly Dictionary<string, IndicatorDefinition> _byId;

    internal IndicatorCatalogue(string version, double scale, string contentHash, IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyDictionary<Jurisdiction, MinimumWage> minimumWages)
    {
        Version = version;
        Scale = scale;
        ContentHash = contentHash;
        Indicators = indicators;
        MinimumWages = minimumWages;
        _byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _traveller = [.. indicators.Where(i => i.AppliesTo == RecordKind.Traveller && i.Status != IndicatorStatus.Retired)];
        _workPermit = [.. indicators.Where(i => i.AppliesTo == RecordKind.WorkPermit && i.Status != IndicatorStatus.Retired)];
    }

    /// <summary>Catalogue version, e.g. "2026.11.1".</summary>
    public string Version { get; }

    /// <summary>The scale k of the typology score s = 1 − exp(−max(0, Σw)/k).</summary>
    public double Scale { get; }

    /// <summary>SHA-256 of the catalogue file (hex, first 16 characters): tells two files with one version apart.</summary>
    public string ContentHash { get; }

    /// <summary>All indicators in catalogue order, retired ones included.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Statutory minimum hourly wage per jurisdiction.</summary>
    public IReadOnlyDictionary<Jurisdiction, MinimumWage> MinimumWages { get; }

    /// <summary>The indicator with the id, or null.</summary>
    public IndicatorDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The indicators evaluated for a record kind (active and shadow, in catalogue order).</summary>
    internal IndicatorDefinition[] PlanFor(RecordKind kind) => kind == RecordKind.Traveller ? _traveller : _workPermit;
}
