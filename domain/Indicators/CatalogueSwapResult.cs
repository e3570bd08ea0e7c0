namespace BorderScreening.Domain.Indicators;

/// <summary>The outcome of a swap attempt.</summary>
/// <param name="Swapped">Whether the candidate is now in service (also true when it already was).</param>
/// <param name="VersionInService">The catalogue version in service after the attempt.</param>
/// <param name="Errors">Why the candidate was rejected.</param>
public sealed record CatalogueSwapResult(bool Swapped, string VersionInService, IReadOnlyList<CatalogueError> Errors);
