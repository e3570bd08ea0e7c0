using BorderScreening.Domain.Indicators;
namespace BorderScreening.Application.Catalogues;

/// <summary>Builds <see cref="CatalogueOutcome{T}"/> values.</summary>
internal static class CatalogueOutcomes
{
    /// <summary>Success.</summary>
    public static CatalogueOutcome<T> Ok<T>(T value) => new(CatalogueOutcomeStatus.Ok, value, [], null);

    /// <summary>A new thing was stored.</summary>
    public static CatalogueOutcome<T> Created<T>(T value) => new(CatalogueOutcomeStatus.Created, value, [], null);

    /// <summary>Validation failed.</summary>
    public static CatalogueOutcome<T> Invalid<T>(IReadOnlyList<CatalogueError> errors, string message) => new(CatalogueOutcomeStatus.Invalid, default, errors, message);

    /// <summary>Not stored.</summary>
    public static CatalogueOutcome<T> NotFound<T>(string message) => new(CatalogueOutcomeStatus.NotFound, default, [], message);

    /// <summary>Conflict.</summary>
    public static CatalogueOutcome<T> Conflict<T>(string message) => new(CatalogueOutcomeStatus.Conflict, default, [], message);
}
