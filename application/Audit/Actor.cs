using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Audit;

/// <summary>
/// Who acts on a case: a subject id (never a name), the role used, and the jurisdictions the role
/// covers. Built from the validated bearer token by the security layer.
/// </summary>
/// <param name="Subject">Object id or subject of the token.</param>
/// <param name="Role">The role that grants the action ("Review.CW", "Review.Supervisor", ...).</param>
/// <param name="IsSupervisor">Whether the actor supervises the jurisdictions below.</param>
/// <param name="Jurisdictions">Jurisdictions whose cases the actor may see.</param>
/// <param name="Source">Where the request came from (client address), for the audit log.</param>
public sealed record Actor(string Subject, string Role, bool IsSupervisor, IReadOnlySet<Jurisdiction> Jurisdictions, string? Source = null)
{
    /// <summary>Whether the actor may see the jurisdiction's cases.</summary>
    public bool CanReview(Jurisdiction jurisdiction) => Jurisdictions.Contains(jurisdiction);
}
