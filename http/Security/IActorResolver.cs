using BorderScreening.Application.Audit;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Security;

/// <summary>Turns the authenticated request into the <see cref="Actor"/> the review services use.</summary>
public interface IActorResolver
{
    /// <summary>The actor, or null when the request carries no usable identity.</summary>
    Actor? Resolve(HttpContext context);
}
