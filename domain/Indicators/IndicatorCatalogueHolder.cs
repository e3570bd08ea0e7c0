namespace BorderScreening.Domain.Indicators;

/// <summary>
/// Holds the catalogue in service and swaps it atomically. A candidate is validated completely
/// first; an invalid one is rejected whole and the catalogue in service stays.
/// </summary>
public sealed class IndicatorCatalogueHolder
{
    private IndicatorCatalogue _current;

    /// <summary>Starts with a catalogue in service.</summary>
    public IndicatorCatalogueHolder(IndicatorCatalogue initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _current = initial;
    }

    /// <summary>The catalogue in service (a consistent snapshot; read it once per record).</summary>
    public IndicatorCatalogue Current => Volatile.Read(ref _current);

    /// <summary>A holder with the shipped catalogue in service.</summary>
    public static IndicatorCatalogueHolder FromEmbedded() => new(IndicatorCatalogueLoader.LoadEmbedded());

    /// <summary>Validates candidate JSON and puts it in service when valid.</summary>
    public CatalogueSwapResult TrySwap(string candidateJson) => TrySwap(IndicatorCatalogueLoader.Load(candidateJson));

    /// <summary>Validates a candidate file and puts it in service when valid.</summary>
    public CatalogueSwapResult TrySwap(Stream candidateJson) => TrySwap(IndicatorCatalogueLoader.Load(candidateJson));

    /// <summary>Puts a loaded candidate in service when it loaded without errors.</summary>
    public CatalogueSwapResult TrySwap(CatalogueLoadResult candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.Catalogue is { } catalogue && candidate.Errors.Count == 0
            ? TrySwap(catalogue)
            : new CatalogueSwapResult(false, Current.Version, candidate.Errors);
    }

    /// <summary>
    /// Puts a compiled catalogue in service. Rejected when another catalogue with the same version but
    /// different content is in service (assessments name the version, so it must be unambiguous).
    /// </summary>
    public CatalogueSwapResult TrySwap(IndicatorCatalogue candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current.Version == candidate.Version)
            {
                return current.ContentHash == candidate.ContentHash
                    ? new CatalogueSwapResult(true, current.Version, [])
                    : new CatalogueSwapResult(false, current.Version,
                        [new CatalogueError(null, "version", $"version {candidate.Version} is in service with different content; give the candidate a new version")]);
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, candidate, current), current))
            {
                return new CatalogueSwapResult(true, candidate.Version, []);
            }
        }
    }
}
