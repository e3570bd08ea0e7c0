using BorderScreening.Application.Review.Agreement;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Supervision;

/// <summary>The supervisors' reports and settings per jurisdiction, shared by both hosts.</summary>
public sealed class SupervisionApi(AgreementService agreement, IActorResolver actors, TimeProvider time)
{
    /// <summary>GET /api/supervision/{jurisdiction}/agreement?from=yyyy-MM-dd&amp;to=yyyy-MM-dd.</summary>
    public async Task<IResult> GetAgreementAsync(HttpRequest request, string jurisdiction, CancellationToken ct)
    {
        if (actors.Resolve(request.HttpContext) is not { } actor)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        if (!JurisdictionCodes.TryParse(jurisdiction, out var j))
        {
            return Problems.NotFound("jurisdiction");
        }

        var query = new QueryValues(request);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var to = Start(query.Date("to") ?? today.AddDays(1));
        var from = Start(query.Date("from") ?? today.AddDays(-89));
        if (query.Errors.Count == 0 && (to <= from || to - from > AgreementService.MaxPeriod))
        {
            query.Add("to", "must be after from, at most 366 days later");
        }

        return query.Problem("The agreement query is invalid.")
            ?? ReviewResults.ToHttp(await agreement.GetAsync(actor, j, from, to, ct), "jurisdiction");
    }

    // Days are UTC days: a period [from, to) starts at midnight UTC of each.
    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
