using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Security;

/// <summary>
/// The front of every route under a jurisdiction in the path: the caller resolved to an actor (401
/// otherwise), the jurisdiction known and within the actor's reach, the id in the path plausible —
/// and an unknown jurisdiction, one out of reach and an id that cannot be one all answer the same 404,
/// before storage sees anything. Routes with a body check its media type first, as the local host's
/// routing does, so both hosts answer alike.
/// </summary>
internal static class JurisdictionScopedRequest
{
    /// <summary>Runs <paramref name="action"/> when the checks pass.</summary>
    /// <param name="actors">Resolves the caller.</param>
    /// <param name="request">The request.</param>
    /// <param name="jurisdiction">The jurisdiction code in the path.</param>
    /// <param name="id">The id in the path, when the route has one.</param>
    /// <param name="mayAct">Whether the actor may act in the jurisdiction on this route.</param>
    /// <param name="notFound">What the 404 says was not found.</param>
    /// <param name="action">The route's work.</param>
    public static async Task<IResult> RunAsync(
        IActorResolver actors,
        HttpRequest request,
        string jurisdiction,
        string? id,
        Func<Actor, Jurisdiction, bool> mayAct,
        string notFound,
        Func<Actor, Jurisdiction, Task<IResult>> action)
    {
        if (actors.Resolve(request.HttpContext) is not { } actor)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        return JurisdictionCodes.TryParse(jurisdiction, out var j) && mayAct(actor, j) && (id is null || RouteIds.IsPlausible(id))
            ? await action(actor, j)
            : Problems.NotFound(notFound);
    }

    /// <summary>As <see cref="RunAsync"/>, for a JSON body of at most <paramref name="maxBodyBytes"/>, read after the checks.</summary>
    public static Task<IResult> RunWithBodyAsync<T>(
        IActorResolver actors,
        HttpRequest request,
        string jurisdiction,
        string? id,
        Func<Actor, Jurisdiction, bool> mayAct,
        string notFound,
        int maxBodyBytes,
        Func<Actor, Jurisdiction, T, Task<IResult>> action,
        CancellationToken ct)
        where T : class =>
        !RequestBody.HasMediaType(request, "application/json")
            ? Task.FromResult(Problems.UnsupportedMediaType("application/json"))
            : RunAsync(actors, request, jurisdiction, id, mayAct, notFound, async (actor, j) =>
            {
                var (body, problem) = await JsonRequestBody.ReadAsync<T>(request, maxBodyBytes, ct);
                return problem ?? await action(actor, j, body!);
            });
}
