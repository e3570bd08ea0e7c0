using System.Text.RegularExpressions;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Routing;

namespace BorderScreening.TestSupport;

/// <summary>What the security layer should answer for one case of the authorization matrix.</summary>
public enum MatrixOutcome
{
    /// <summary>Let through to the handler.</summary>
    Allowed,

    /// <summary>403: no role of the route, or one that reaches the jurisdiction but is not the route's.</summary>
    Forbidden,

    /// <summary>404: a route of one jurisdiction that none of the caller's roles reaches.</summary>
    NotFound,
}

/// <summary>
/// One cell of the authorization matrix: a route, one role (or none) and a jurisdiction scope
/// (<see cref="AuthorizationMatrix.Scopes"/>), the token to send, the concrete path, and the
/// answer the security layer owes it.
/// </summary>
/// <param name="Route">The route.</param>
/// <param name="Role">The role under test, or "(no roles)".</param>
/// <param name="Scope">own, other, empty, missing or all-countries.</param>
/// <param name="Subject">A subject unique to the cell (so its audit entries can be found).</param>
/// <param name="Roles">Roles in the token.</param>
/// <param name="Claim">The token's <c>jurisdictions</c> claim; null leaves it out.</param>
/// <param name="Jurisdiction">The jurisdiction in the path (for routes of one jurisdiction).</param>
/// <param name="Path">The concrete request path.</param>
/// <param name="Outcome">The answer owed.</param>
/// <param name="GrantAudited">Whether the request reaches its jurisdiction only through the all-countries grant (an audit entry is owed).</param>
public sealed record MatrixCase(
    RouteDefinition Route,
    string Role,
    string Scope,
    string Subject,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string>? Claim,
    Jurisdiction Jurisdiction,
    string Path,
    MatrixOutcome Outcome,
    bool GrantAudited)
{
    /// <summary>A label for failure messages.</summary>
    public override string ToString() => $"{Role} / {Scope} in {Jurisdiction.ToCode()}";
}

/// <summary>
/// The authorization matrix, generated from a route table: every route × every role (and none) ×
/// every jurisdiction scope — the path's jurisdiction in the claim (own), another one (other), an
/// empty claim, no claim, and no claim with the all-countries grant. The expected answers are
/// written out here from docs/security.md, independently of <see cref="Caller"/>, so the matrices of
/// both hosts check the implementation against the documented rules rather than against itself.
/// </summary>
public static partial class AuthorizationMatrix
{
    /// <summary>The jurisdiction scopes every route is called with.</summary>
    public static IReadOnlyList<string> Scopes { get; } = ["own", "other", "empty", "missing", "all-countries"];

    /// <summary>The value of every route parameter other than the jurisdiction.</summary>
    public const string Placeholder = "CW0000000000000000000000";

    /// <summary>The problem detail of the security layer's 404 for a jurisdiction out of reach.</summary>
    public const string OutsideJurisdictionsDetail = "Nothing of this jurisdiction is visible to you.";

    /// <summary>Every cell for <paramref name="route"/>.</summary>
    public static IEnumerable<MatrixCase> CasesFor(RouteDefinition route)
    {
        ArgumentNullException.ThrowIfNull(route);
        foreach (var role in AppRoles.All.Append(""))
        {
            foreach (var scope in Scopes)
            {
                yield return Case(route, role, scope);
            }
        }
    }

    private static MatrixCase Case(RouteDefinition route, string role, string scope)
    {
        var home = HomeOf(role);
        var away = home is Jurisdiction.SX ? Jurisdiction.AW : Jurisdiction.SX;
        var grant = scope == "all-countries";
        IReadOnlyList<string>? claim = scope switch
        {
            "own" or "other" => [home.ToCode()],
            "empty" => [],
            _ => null,
        };
        var jurisdiction = scope is "other" or "all-countries" ? away : home;
        var roles = (role.Length == 0 ? [] : new List<string> { role }).Concat(grant && role != AppRoles.JurisdictionsAll ? [AppRoles.JurisdictionsAll] : []).ToList();
        var (outcome, audited) = Expected(route.Policy, roles, claim ?? [], grant || roles.Contains(AppRoles.JurisdictionsAll), jurisdiction);
        var label = role.Length == 0 ? "(no roles)" : role;
        var subject = $"m-{route.Name}-{(role.Length == 0 ? "none" : role)}-{scope}".ToLowerInvariant();
        return new MatrixCase(route, label, scope, subject, roles, claim, jurisdiction, PathOf(route, jurisdiction), outcome, audited);
    }

    /// <summary>The concrete path of <paramref name="route"/> for <paramref name="jurisdiction"/> (other parameters: <see cref="Placeholder"/>).</summary>
    public static string PathOf(RouteDefinition route, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(route);
        return Parameter().Replace(route.Path, m => m.Value == "{" + RoutePolicy.JurisdictionParameter + "}" ? jurisdiction.ToCode() : Placeholder);
    }

    /// <summary>The home jurisdiction of a role in the matrix: the reviewer's own area, CW for everyone else.</summary>
    public static Jurisdiction HomeOf(string role) => role switch
    {
        AppRoles.ReviewAW => Jurisdiction.AW,
        AppRoles.ReviewSX => Jurisdiction.SX,
        AppRoles.ReviewBQ => Jurisdiction.BQ_SE,
        _ => Jurisdiction.CW,
    };

    // docs/security.md, "Roles" and "Jurisdiction scope", written out.
    private static bool Reaches(string role, Jurisdiction jurisdiction, IReadOnlyList<string> claim, bool grant) => role switch
    {
        AppRoles.ReviewAW => jurisdiction is Jurisdiction.AW,
        AppRoles.ReviewCW => jurisdiction is Jurisdiction.CW,
        AppRoles.ReviewSX => jurisdiction is Jurisdiction.SX,
        AppRoles.ReviewBQ => jurisdiction is Jurisdiction.BQ_BO or Jurisdiction.BQ_SE or Jurisdiction.BQ_SA,
        AppRoles.FeedSubmit or AppRoles.ReviewSupervisor or AppRoles.AuditRead or AppRoles.ModelTrain or AppRoles.OutcomesRecord => grant || claim.Contains(jurisdiction.ToCode()),
        _ => false,
    };

    private static (MatrixOutcome Outcome, bool Audited) Expected(RoutePolicy policy, IReadOnlyList<string> roles, IReadOnlyList<string> claim, bool grant, Jurisdiction jurisdiction)
    {
        if (policy.IsAnonymous)
        {
            return (MatrixOutcome.Allowed, false);
        }

        var usable = roles.Where(policy.Roles.Contains).ToList();
        if (usable.Count == 0)
        {
            return (MatrixOutcome.Forbidden, false);
        }

        if (!policy.PerJurisdiction)
        {
            return (MatrixOutcome.Allowed, false);
        }

        if (usable.Any(r => Reaches(r, jurisdiction, claim, grant)))
        {
            return (MatrixOutcome.Allowed, !usable.Any(r => Reaches(r, jurisdiction, claim, grant: false)));
        }

        return (roles.Any(r => Reaches(r, jurisdiction, claim, grant)) ? MatrixOutcome.Forbidden : MatrixOutcome.NotFound, false);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
