using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Security;

/// <summary>
/// The authenticated caller of one request: a stable pseudonymous id (Entra object id, or the
/// local token's subject), app roles and the jurisdictions of the token's <c>jurisdictions</c>
/// claim. Names and e-mail addresses are deliberately not kept.
/// <para>
/// Which jurisdictions a role reaches: a reviewer role (<c>Review.CW</c>) its own review area;
/// the jurisdiction-scoped roles (<see cref="AppRoles.JurisdictionScoped"/>) the jurisdictions of
/// <see cref="Scope"/>, or every jurisdiction with <see cref="AppRoles.JurisdictionsAll"/>;
/// any other role none (it works on data that belongs to no country). Feeds are scoped too: a
/// feed sends for and reads the jurisdictions of its claim (its binding may narrow them further).
/// </para>
/// </summary>
public sealed class Caller
{
    private readonly HashSet<string> _roles;

    /// <summary>Creates a caller.</summary>
    /// <param name="subject">Object id (<c>oid</c>) or subject (<c>sub</c>).</param>
    /// <param name="roles">App roles from the <c>roles</c> claim.</param>
    /// <param name="scope">
    /// Jurisdictions from the <c>jurisdictions</c> claim. Null or empty when the claim is missing,
    /// empty or malformed: the scoped roles then reach no jurisdiction (fail closed); only the
    /// separately named <see cref="AppRoles.JurisdictionsAll"/> grant widens them to all.
    /// </param>
    public Caller(string subject, IEnumerable<string> roles, IEnumerable<Jurisdiction>? scope = null)
        : this(subject, roles, scope, null)
    {
    }

    private Caller(string subject, IEnumerable<string> roles, IEnumerable<Jurisdiction>? scope, IEnumerable<Jurisdiction>? delegated)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        Subject = subject;
        _roles = new HashSet<string>(roles, StringComparer.Ordinal);
        Scope = (scope ?? []).ToHashSet();
        Delegated = (delegated ?? []).ToHashSet();
        ReviewableJurisdictions = JurisdictionsFor(AppRoles.CaseWorkers);
    }

    /// <summary>
    /// Jurisdictions a supervisor of that jurisdiction delegated review rights in to this caller for a
    /// limited time (protocol staffing); they count for the caller's reviewer role only, never for
    /// supervision, audit or feeds. Empty unless <see cref="WithDelegations"/> added them.
    /// </summary>
    public IReadOnlySet<Jurisdiction> Delegated { get; }

    /// <summary>
    /// The same caller with the delegations in force now; a caller without a reviewer role gains
    /// nothing (a delegation is to a named reviewer of another service).
    /// </summary>
    public Caller WithDelegations(IEnumerable<Jurisdiction> delegated) =>
        AppRoles.Reviewers.Any(IsInRole) ? new Caller(Subject, _roles, Scope, delegated) : this;

    /// <summary>Object id or subject; never a name or e-mail address.</summary>
    public string Subject { get; }

    /// <summary>App roles.</summary>
    public IReadOnlySet<string> Roles => _roles;

    /// <summary>Jurisdictions of the token's claim, which the scoped roles are limited to; empty = none.</summary>
    public IReadOnlySet<Jurisdiction> Scope { get; }

    /// <summary>Whether the caller holds the all-countries grant (<see cref="AppRoles.JurisdictionsAll"/>).</summary>
    public bool HasAllJurisdictionsGrant => IsInRole(AppRoles.JurisdictionsAll);

    /// <summary>Jurisdictions whose cases this caller may review, in a stable order.</summary>
    public IReadOnlyList<Jurisdiction> ReviewableJurisdictions { get; }

    /// <summary>Whether the caller holds the role.</summary>
    public bool IsInRole(string role) => _roles.Contains(role);

    /// <summary>Whether the caller holds any of the roles.</summary>
    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(_roles.Contains);

    /// <summary>Whether the caller holds <paramref name="role"/> and it reaches <paramref name="jurisdiction"/>.</summary>
    public bool Reaches(string role, Jurisdiction jurisdiction) => Reaches(role, jurisdiction, useGrant: true);

    /// <summary>Whether one of <paramref name="roles"/> the caller holds reaches <paramref name="jurisdiction"/>.</summary>
    public bool CanActIn(Jurisdiction jurisdiction, IEnumerable<string> roles) => roles.Any(r => Reaches(r, jurisdiction, useGrant: true));

    /// <summary>Whether the caller may send records for the jurisdiction (a feed within its token's scope).</summary>
    public bool CanSubmitFor(Jurisdiction jurisdiction) => Reaches(AppRoles.FeedSubmit, jurisdiction);

    /// <summary>
    /// Whether the caller reaches <paramref name="jurisdiction"/> with one of <paramref name="roles"/>
    /// only because of the all-countries grant (without it, none of them would): such a use is audited.
    /// </summary>
    public bool ReachesOnlyThroughGrant(Jurisdiction jurisdiction, IEnumerable<string> roles)
    {
        var list = roles as IReadOnlyCollection<string> ?? roles.ToList();
        return HasAllJurisdictionsGrant
            && list.Any(r => Reaches(r, jurisdiction, useGrant: true))
            && !list.Any(r => Reaches(r, jurisdiction, useGrant: false));
    }

    /// <summary>The jurisdictions one of <paramref name="roles"/> reaches, in a stable order.</summary>
    public IReadOnlyList<Jurisdiction> JurisdictionsFor(IEnumerable<string> roles)
    {
        var list = roles as IReadOnlyCollection<string> ?? roles.ToList();
        return JurisdictionCodes.All.Where(j => CanActIn(j, list)).ToList();
    }

    /// <summary>Supervisor of this jurisdiction: the role, and the jurisdiction in the claim (or the grant).</summary>
    public bool IsSupervisorFor(Jurisdiction jurisdiction) => Reaches(AppRoles.ReviewSupervisor, jurisdiction);

    /// <summary>Reviewer of the jurisdiction's review area (Review.BQ covers BQ-BO, BQ-SE, BQ-SA), or its supervisor.</summary>
    public bool CanReview(Jurisdiction jurisdiction) => CanActIn(jurisdiction, AppRoles.CaseWorkers);

    /// <summary>Auditor of this jurisdiction: the role, and the jurisdiction in the claim (or the grant).</summary>
    public bool CanAudit(Jurisdiction jurisdiction) => Reaches(AppRoles.AuditRead, jurisdiction);

    /// <summary>
    /// Whether an assessment of the jurisdiction may be shown: to feeds, reviewers, supervisors and
    /// auditors of the jurisdictions they reach.
    /// </summary>
    public bool CanReadAssessment(Jurisdiction jurisdiction) => CanActIn(jurisdiction, AppRoles.AssessmentReaders);

    private bool Reaches(string role, Jurisdiction jurisdiction, bool useGrant)
    {
        if (!IsInRole(role))
        {
            return false;
        }

        if (AppRoles.Reviewers.Contains(role, StringComparer.Ordinal))
        {
            return role == AppRoles.ReviewerFor(jurisdiction) || Delegated.Contains(jurisdiction);
        }

        if (AppRoles.JurisdictionScoped.Contains(role, StringComparer.Ordinal))
        {
            return Scope.Contains(jurisdiction) || (useGrant && HasAllJurisdictionsGrant);
        }

        // Every other role (Model.Promote, Rules.Manage, the grant itself) holds no country's data.
        return false;
    }
}
