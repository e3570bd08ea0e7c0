using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Oversight;

/// <summary>The HTTP face of statistics (auditors), shared by the Functions app and the local host.</summary>
public sealed class StatisticsApi(StatisticsService statistics, IActorResolver actors)
{
    /// <summary>GET /api/statistics/{jurisdiction}?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;publication=true|false.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string jurisdiction, CancellationToken ct)
    {
        if (actors.Resolve(request.HttpContext) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        var query = new QueryValues(request);
        if (!JurisdictionCodes.TryParse(jurisdiction, out var j))
        {
            query.Add("jurisdiction", $"must be one of {string.Join(", ", JurisdictionCodes.All.Select(x => x.ToCode()))}");
        }

        var from = Start(query.Date("from", required: true));
        var to = Start(query.Date("to", required: true));
        if (from is not null && to is not null && (to <= from || to - from > StatisticsService.MaxPeriod))
        {
            query.Add("to", "must be after from, at most 366 days later");
        }

        var publication = query.Boolean("publication") ?? false;
        return query.Problem("The statistics query is invalid.")
            ?? Results.Json(await statistics.ComputeAsync(j, from!.Value, to!.Value, publication, ct), ScreeningJson.Options);
    }

    // Days are UTC days: a period [from, to) starts at midnight UTC of each.
    private static DateTimeOffset? Start(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}
