using System.Globalization;
using BorderScreening.Application.Feeds;
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

        var errors = new List<FieldError>();
        if (!JurisdictionCodes.TryParse(jurisdiction, out var j))
        {
            errors.Add(new FieldError("jurisdiction", $"must be one of {string.Join(", ", JurisdictionCodes.All.Select(x => x.ToCode()))}"));
        }

        var from = Date(request, "from", errors);
        var to = Date(request, "to", errors);
        if (from is not null && to is not null && (to <= from || to - from > StatisticsService.MaxPeriod))
        {
            errors.Add(new FieldError("to", "must be after from, at most 366 days later"));
        }

        var publication = false;
        if (request.Query.TryGetValue("publication", out var p) && !string.IsNullOrEmpty(p) && !bool.TryParse(p, out publication))
        {
            errors.Add(new FieldError("publication", "must be true or false"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The statistics query is invalid.");
        }

        return Results.Json(await statistics.ComputeAsync(j, from!.Value, to!.Value, publication, ct), ScreeningJson.Options);
    }

    private static DateTimeOffset? Date(HttpRequest request, string name, List<FieldError> errors)
    {
        if (request.Query.TryGetValue(name, out var value)
            && DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        errors.Add(new FieldError(name, "is required as a date (yyyy-MM-dd, UTC)"));
        return null;
    }
}
