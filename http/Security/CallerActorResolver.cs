using BorderScreening.Application.Audit;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Security;

/// <summary>
/// The actor of a review request, from the caller the security middleware validated: the subject,
/// the role that grants review, and the jurisdictions it covers.
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

        var jurisdictions = JurisdictionCodes.All.Where(caller.CanReview).ToHashSet();
        var supervisor = caller.IsInRole(AppRoles.ReviewSupervisor);
        var role = supervisor ? AppRoles.ReviewSupervisor
            : caller.Roles.FirstOrDefault(r => r.StartsWith("Review.", StringComparison.Ordinal))
            ?? caller.Roles.FirstOrDefault() ?? "none";
        return new Actor(caller.Subject, role, supervisor && JurisdictionCodes.All.Any(caller.IsSupervisorFor), jurisdictions, context.Connection.RemoteIpAddress?.ToString());
    }
}
