using BorderScreening.Domain.Indicators;
namespace BorderScreening.Application.Catalogues;

/// <summary>How a governance action ended.</summary>
public enum CatalogueOutcomeStatus
{
    /// <summary>Done (or already so).</summary>
    Ok,

    /// <summary>A new candidate was stored.</summary>
    Created,

    /// <summary>The catalogue or the request is invalid; nothing changed.</summary>
    Invalid,

    /// <summary>No such stored catalogue.</summary>
    NotFound,

    /// <summary>Conflicts with what is stored (same version with other content, nothing to roll back to, a concurrent change).</summary>
    Conflict,
}

/// <summary>The result of a governance action, mapped to HTTP by <c>CatalogueApi</c>.</summary>
/// <typeparam name="T">The value on success.</typeparam>
/// <param name="Status">How it ended.</param>
/// <param name="Value">The value when <see cref="CatalogueOutcomeStatus.Ok"/> or <see cref="CatalogueOutcomeStatus.Created"/>.</param>
/// <param name="Errors">Validation errors (indicator, path, message) when invalid.</param>
/// <param name="Message">What went wrong, for the problem's detail.</param>
public sealed record CatalogueOutcome<T>(CatalogueOutcomeStatus Status, T? Value, IReadOnlyList<CatalogueError> Errors, string? Message);
