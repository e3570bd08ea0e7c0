using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Audit;

/// <summary>
/// Who acts on a case: a subject id (never a name), the role used, the jurisdictions whose cases
/// the actor may see and, separately, those the actor supervises. Built from the validated bearer
/// token by the security layer.
/// </summary>
/// <param name="Subject">Object id or subject of the token.</param>
/// <param name="Role">The role that grants the action ("Review.CW", "Review.Supervisor", ...).</param>
/// <param name="Supervises">
/// Jurisdictions the actor supervises. Kept apart from <paramref name="Jurisdictions"/> because
/// supervision is per jurisdiction: a supervisor of CW who also reviews SX is not a supervisor in SX.
/// </param>
/// <param name="Jurisdictions">Jurisdictions whose cases the actor may see.</param>
/// <param name="Source">Where the request came from (client address), for the audit log.</param>
public sealed record Actor(string Subject, string Role, IReadOnlySet<Jurisdiction> Supervises, IReadOnlySet<Jurisdiction> Jurisdictions, string? Source = null)
{
    /// <summary>Whether the actor may see the jurisdiction's cases.</summary>
    public bool CanReview(Jurisdiction jurisdiction) => Jurisdictions.Contains(jurisdiction);

    /// <summary>Whether the actor may take supervisor actions in the jurisdiction.</summary>
    public bool IsSupervisorFor(Jurisdiction jurisdiction) => Supervises.Contains(jurisdiction) && CanReview(jurisdiction);
}
