using BorderScreening.Application.Feeds;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Oversight;

/// <summary>
/// Monitoring for auditors and data scientists (Audit.Read, Model.Train; <see cref="OversightRoutes"/>):
/// GET /api/monitoring/{jurisdiction}/{day} — the stored report;
/// GET /api/monitoring/alerts?from=&amp;to=&amp;jurisdiction= — alerts of a period (at most 366 days).
/// </summary>
public sealed class MonitoringApi(IMonitoringStore store, TimeProvider time)
{
    private const int MaxDays = 366;

    /// <summary>The report of one jurisdiction-day.</summary>
    public async Task<IResult> GetReportAsync(string jurisdiction, string day, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!JurisdictionCodes.TryParse(jurisdiction, out var j))
        {
            errors.Add(new FieldError("jurisdiction", "must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA"));
        }

        if (!ApiDates.TryParseDay(day, out var d))
        {
            errors.Add(new FieldError("day", $"must be a date as yyyy-MM-dd {ApiDates.Window}"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The monitoring query is invalid.");
        }

        var report = await store.GetAsync(j, d, cancellationToken);
        return report is null ? Problems.NotFound("monitoring report") : Results.Ok(report);
    }

    /// <summary>Alerts of a period (default: the last 30 days).</summary>
    public async Task<IResult> GetAlertsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var query = new QueryValues(request);
        var from = query.Date("from") ?? today.AddDays(-30);
        var to = query.Date("to") ?? today;
        var jurisdiction = query.Jurisdiction("jurisdiction");
        if (query.Errors.Count == 0 && (to < from || to.DayNumber - from.DayNumber >= MaxDays))
        {
            query.Add("to", $"must be on or after from, at most {MaxDays} days later");
        }

        return query.Problem("The alert query is invalid.")
            ?? Results.Ok(await store.AlertsAsync(from, to, jurisdiction, cancellationToken));
    }
}
