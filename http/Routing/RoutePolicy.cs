using BorderScreening.Application.Security;
namespace BorderScreening.Http.Routing;

/// <summary>Who may call one route: anonymous, or callers holding one of <see cref="Roles"/>.</summary>
public sealed record RoutePolicy
{
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

    /// <summary>Open to everyone.</summary>
    public static RoutePolicy Anonymous { get; } = new(true, [], false);

    /// <summary>Callers holding any of <paramref name="roles"/>.</summary>
    public static RoutePolicy AnyOf(params string[] roles) => new(false, roles, false);

    /// <summary>A route for border-system feeds (Feed.Submit), rate-limited per caller.</summary>
    public static RoutePolicy Feed() => new(false, [AppRoles.FeedSubmit], true);

    /// <summary>Whether <paramref name="caller"/> may call the route.</summary>
    public bool Allows(Caller? caller) => IsAnonymous || (caller is not null && caller.IsInAnyRole(Roles));
}
