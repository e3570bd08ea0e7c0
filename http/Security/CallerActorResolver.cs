using BorderScreening.Application.Audit;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Security;

/// <summary>
/// The actor of a review request, from the caller the security middleware validated: the subject,
/// the role that grants review, the jurisdictions whose cases it sees and, apart, those it
/// supervises (a supervisor of CW who also reviews SX supervises CW only).
/// </summary>
public sealed class CallerActorResolver(ICallerAccessor callers) : IActorResolver
{
    /// <inheritdoc />
    public Actor? Resolve(HttpContext context)
    {
        if (callers.Caller is not { } caller)
        {
            return null;
        }

        var jurisdictions = caller.ReviewableJurisdictions.ToHashSet();
        var supervises = JurisdictionCodes.All.Where(caller.IsSupervisorFor).ToHashSet();
        var role = supervises.Count > 0 ? AppRoles.ReviewSupervisor
            : caller.Roles.FirstOrDefault(r => r.StartsWith("Review.", StringComparison.Ordinal))
            ?? caller.Roles.FirstOrDefault() ?? "none";
        return new Actor(caller.Subject, role, supervises, jurisdictions, context.Connection.RemoteIpAddress?.ToString());
    }
}
