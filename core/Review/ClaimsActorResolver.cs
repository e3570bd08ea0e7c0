using System.Security.Claims;
using BorderScreening.Core.Records;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Core.Review;

/// <summary>
/// Builds the actor from the request's validated claims: subject ("oid" or "sub") and app roles.
/// Review.AW/CW/SX/BQ cover their review area; Review.Supervisor covers the jurisdictions in the
/// token's "jurisdictions" claim, or all of them when the claim is absent.
/// </summary>
public sealed class ClaimsActorResolver : IActorResolver
{
    /// <inheritdoc />
    public Actor? Resolve(HttpContext context)
    {
        var user = context.User;
        var subject = user.FindFirst("oid")?.Value ?? user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var roles = user.FindAll("roles").Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var jurisdictions = new HashSet<Jurisdiction>();
        var supervisor = roles.Contains("Review.Supervisor");
        if (supervisor)
        {
            var scoped = user.FindAll("jurisdictions").SelectMany(c => c.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            foreach (var jurisdiction in JurisdictionCodes.All)
            {
                if (scoped.Count == 0 || scoped.Contains(jurisdiction.ToCode(), StringComparer.OrdinalIgnoreCase) || scoped.Contains(jurisdiction.ReviewArea(), StringComparer.OrdinalIgnoreCase))
                {
                    jurisdictions.Add(jurisdiction);
                }
            }
        }

        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            if (roles.Contains("Review." + jurisdiction.ReviewArea()))
            {
                jurisdictions.Add(jurisdiction);
            }
        }

        var role = supervisor ? "Review.Supervisor" : roles.FirstOrDefault(r => r.StartsWith("Review.", StringComparison.Ordinal)) ?? roles.FirstOrDefault() ?? "none";
        return new Actor(subject, role, supervisor, jurisdictions, context.Connection.RemoteIpAddress?.ToString());
    }
}
