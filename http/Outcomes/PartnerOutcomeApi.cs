using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Outcomes;

/// <summary>
/// PUT /api/outcomes/{jurisdiction}/signals/{signalId} — a partner records what became of a referral
/// (<c>Outcomes.Record</c>), shared by the Functions app and the local host. Body
/// <c>{"outcome": "confirmed-victim"}</c>; 400 naming <c>outcome</c> for anything else, 404 for a
/// signal the partner did not receive (whether or not it exists).
/// </summary>
public sealed class PartnerOutcomeApi(PartnerOutcomeService outcomes, ICallerAccessor callers)
{
    // One field; a body this size holds it many times over.
    private const int MaxBodyBytes = 4 * 1024;

    /// <summary>Records the outcome.</summary>
    public async Task<IResult> RecordAsync(HttpRequest request, string jurisdiction, string signalId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The media type before the path, as the local host's routing answers it (see ReviewApi).
        if (!RequestBody.HasMediaType(request, "application/json"))
        {
            return Problems.UnsupportedMediaType("application/json");
        }

        if (callers.Caller is not { } caller)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        if (!JurisdictionCodes.TryParse(jurisdiction, out var j) || !RouteIds.IsPlausible(signalId))
        {
            return Problems.NotFound("signal");
        }

        var (body, problem) = await JsonRequestBody.ReadAsync<OutcomeRequest>(request, MaxBodyBytes, ct);
        return problem
            ?? ReviewResults.ToHttp(await outcomes.RecordAsync(caller, j, signalId, body!, request.HttpContext.Connection.RemoteIpAddress?.ToString(), ct), "signal");
    }
}
