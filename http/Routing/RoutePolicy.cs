using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;

namespace BorderScreening.Http.Routing;

/// <summary>
/// Who may call one route: anonymous, or callers holding one of <see cref="Roles"/> — and, for a
/// route of one jurisdiction (<see cref="PerJurisdiction"/>), holding one that reaches the
/// jurisdiction named in the path (<see cref="Caller.CanActIn"/>).
/// </summary>
public sealed record RoutePolicy
{
    /// <summary>The route parameter that names the jurisdiction of a per-jurisdiction route.</summary>
    public const string JurisdictionParameter = "jurisdiction";

    private RoutePolicy(bool anonymous, IReadOnlyList<string> roles, bool isFeed)
    {
        IsAnonymous = anonymous;
        Roles = roles;
        IsFeed = isFeed;
    }

    /// <summary>No token needed (health probe, API description).</summary>
    public bool IsAnonymous { get; }

    /// <summary>Roles of which the caller needs at least one.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>A feed route: rate-limited per caller (Security:FeedRequestsPerMinute).</summary>
    public bool IsFeed { get; }

    /// <summary>
    /// The route serves one jurisdiction, named by its <c>{jurisdiction}</c> parameter: the caller
    /// needs a role of <see cref="Roles"/> that reaches it. Checked by the security layer of both
    /// hosts before any handler runs.
    /// </summary>
    public bool PerJurisdiction { get; private init; }

    /// <summary>Open to everyone.</summary>
    public static RoutePolicy Anonymous { get; } = new(true, [], false);

    /// <summary>Callers holding any of <paramref name="roles"/>.</summary>
    public static RoutePolicy AnyOf(params IReadOnlyList<string> roles) => new(false, roles, false);

    /// <summary>Callers holding any of <paramref name="roles"/> that reaches the jurisdiction of the path.</summary>
    public static RoutePolicy InJurisdiction(params IReadOnlyList<string> roles) => new(false, roles, false) { PerJurisdiction = true };

    /// <summary>A route for border-system feeds (Feed.Submit), rate-limited per caller.</summary>
    public static RoutePolicy Feed() => new(false, [AppRoles.FeedSubmit], true);

    /// <summary>Whether <paramref name="caller"/> may call the route at all (its roles; not yet the jurisdiction).</summary>
    public bool Allows(Caller? caller) => IsAnonymous || (caller is not null && caller.IsInAnyRole(Roles));

    /// <summary>Whether <paramref name="caller"/> may call the route for <paramref name="jurisdiction"/>.</summary>
    public bool AllowsIn(Caller? caller, Jurisdiction jurisdiction) =>
        IsAnonymous || (caller is not null && caller.CanActIn(jurisdiction, Roles));
}
