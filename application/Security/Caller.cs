using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Security;

/// <summary>
/// The authenticated caller of one request: a stable pseudonymous id (Entra object id, or the
/// local token's subject) and app roles. Names and e-mail addresses are deliberately not kept.
/// </summary>
public sealed class Caller
{
    private readonly HashSet<string> _roles;

    /// <summary>Creates a caller.</summary>
    /// <param name="subject">Object id (<c>oid</c>) or subject (<c>sub</c>).</param>
    /// <param name="roles">App roles from the <c>roles</c> claim.</param>
    /// <param name="supervisorScope">
    /// Jurisdictions from the <c>jurisdictions</c> claim; null when the token carries none. Only
    /// <see cref="AppRoles.ReviewSupervisor"/> is scoped by it: a supervisor without the claim
    /// supervises every jurisdiction (the Entra role is then granted to cross-jurisdiction staff only).
    /// </param>
    public Caller(string subject, IEnumerable<string> roles, IEnumerable<Jurisdiction>? supervisorScope = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        Subject = subject;
        _roles = new HashSet<string>(roles, StringComparer.Ordinal);
        SupervisorScope = supervisorScope?.ToHashSet();
        ReviewableJurisdictions = JurisdictionCodes.All.Where(CanReview).ToList();
    }

    /// <summary>Object id or subject; never a name or e-mail address.</summary>
    public string Subject { get; }

    /// <summary>App roles.</summary>
    public IReadOnlySet<string> Roles => _roles;

    /// <summary>Jurisdictions a supervisor is limited to; null = all.</summary>
    public IReadOnlySet<Jurisdiction>? SupervisorScope { get; }

    /// <summary>Jurisdictions whose cases this caller may review, in a stable order.</summary>
    public IReadOnlyList<Jurisdiction> ReviewableJurisdictions { get; }

    /// <summary>Whether the caller holds the role.</summary>
    public bool IsInRole(string role) => _roles.Contains(role);

    /// <summary>Whether the caller holds any of the roles.</summary>
    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(_roles.Contains);

    /// <summary>Supervisor role and the jurisdiction in scope (or no scope given).</summary>
    public bool IsSupervisorFor(Jurisdiction jurisdiction) =>
        IsInRole(AppRoles.ReviewSupervisor) && (SupervisorScope is null || SupervisorScope.Contains(jurisdiction));

    /// <summary>Reviewer of the jurisdiction's review area (Review.BQ covers BQ-BO, BQ-SE, BQ-SA), or its supervisor.</summary>
    public bool CanReview(Jurisdiction jurisdiction) =>
        IsInRole(AppRoles.ReviewerFor(jurisdiction)) || IsSupervisorFor(jurisdiction);

    /// <summary>Whether the caller may send records for the jurisdiction (a feed within its token's scope).</summary>
    public bool CanSubmitFor(Jurisdiction jurisdiction) =>
        IsInRole(AppRoles.FeedSubmit) && (SupervisorScope is null || SupervisorScope.Contains(jurisdiction));

    /// <summary>
    /// Whether an assessment of the jurisdiction may be shown: feeds (they sent it) and auditors
    /// read every jurisdiction, reviewers and supervisors only their own.
    /// </summary>
    public bool CanReadAssessment(Jurisdiction jurisdiction) =>
        IsInRole(AppRoles.FeedSubmit) || IsInRole(AppRoles.AuditRead) || CanReview(jurisdiction);
}
