namespace BorderScreening.Domain.Indicators;

/// <summary>The outcome of loading a catalogue: the compiled catalogue, or every error found.</summary>
public sealed record CatalogueLoadResult
{
    /// <summary>The compiled catalogue; null when <see cref="Errors"/> is not empty.</summary>
    public IndicatorCatalogue? Catalogue { get; init; }

    /// <summary>All validation errors (never only the first).</summary>
    public IReadOnlyList<CatalogueError> Errors { get; init; } = [];

    /// <summary>Problems that do not block loading (e.g. a review date that has passed).</summary>
    public IReadOnlyList<CatalogueError> Warnings { get; init; } = [];

    /// <summary>Whether the catalogue loaded.</summary>
    public bool IsValid => Catalogue is not null && Errors.Count == 0;
}
