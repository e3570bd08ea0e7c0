using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

/// <summary>
/// A loaded, validated and compiled indicator catalogue. Immutable; only
/// <see cref="IndicatorCatalogueLoader"/> creates one, so every instance is valid.
/// </summary>
public sealed class IndicatorCatalogue
{
    private readonly Dictionary<(RecordKind, Jurisdiction), IndicatorDefinition[]> _plans;
    private readonly Dictionary<string, IndicatorDefinition> _byId;

    internal IndicatorCatalogue(string version, double scale, string contentHash, IReadOnlyList<IndicatorDefinition> indicators, MinimumWageSchedule minimumWages)
    {
        Version = version;
        Scale = scale;
        ContentHash = contentHash;
        Indicators = indicators;
        MinimumWages = minimumWages;
        _byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

        // One plan per record kind and jurisdiction, so a rule drawn from one country's law is never
        // even evaluated elsewhere (and cannot show up there as "not evaluated" either).
        _plans = [];
        foreach (var kind in new[] { RecordKind.Traveller, RecordKind.WorkPermit })
        {
            foreach (var jurisdiction in JurisdictionCodes.All)
            {
                _plans[(kind, jurisdiction)] = [.. indicators.Where(i => i.AppliesTo == kind && i.Status != IndicatorStatus.Retired && i.AppliesIn(jurisdiction))];
            }
        }
    }

    /// <summary>Catalogue version, e.g. "2026.11.1".</summary>
    public string Version { get; }

    /// <summary>The scale k of the typology score s = 1 − exp(−max(0, Σw)/k).</summary>
    public double Scale { get; }

    /// <summary>SHA-256 of the catalogue file (hex, first 16 characters): tells two files with one version apart.</summary>
    public string ContentHash { get; }

    /// <summary>All indicators in catalogue order, retired ones included.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Statutory minimum hourly wages per jurisdiction and period.</summary>
    public MinimumWageSchedule MinimumWages { get; }

    /// <summary>The indicator with the id, or null.</summary>
    public IndicatorDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The indicators evaluated for a record kind in a jurisdiction (active and shadow, in catalogue order).</summary>
    internal IndicatorDefinition[] PlanFor(RecordKind kind, Jurisdiction jurisdiction) => _plans[(kind, jurisdiction)];
}
