using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Delegations;

/// <summary>
/// A time-bound grant of review rights in one jurisdiction to a named reviewer of another service
/// (KMar staff supporting a country's border service under the Strengthened Border Control
/// protocol), made by a supervisor of that jurisdiction. It ends by itself at <see cref="Until"/>.
/// </summary>
public sealed record ReviewDelegation
{
    /// <summary>Id, unique per grant.</summary>
    public string Id { get; init; } = "";

    /// <summary>The jurisdiction whose cases the reviewer may review.</summary>
    public Jurisdiction Jurisdiction { get; init; }

    /// <summary>Subject id of the reviewer (as in their token; never a name).</summary>
    public string Reviewer { get; init; } = "";

    /// <summary>Subject id of the supervisor who granted it.</summary>
    public string GrantedBy { get; init; } = "";

    /// <summary>When it was granted (and took effect).</summary>
    public DateTimeOffset GrantedAt { get; init; }

    /// <summary>When it ends by itself.</summary>
    public DateTimeOffset Until { get; init; }

    /// <summary>Why (shift, operation), as the supervisor gave it.</summary>
    public string Reason { get; init; } = "";

    /// <summary>When a supervisor ended it early; null otherwise.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>Who ended it early.</summary>
    public string? RevokedBy { get; init; }

    /// <summary>Whether it gives review rights at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && GrantedAt <= now && now < Until;

    /// <summary>"active", "expired" or "revoked" at <paramref name="now"/> (for the supervision screen).</summary>
    public string StatusAt(DateTimeOffset now) => RevokedAt is not null ? "revoked" : now < Until ? "active" : "expired";
}
