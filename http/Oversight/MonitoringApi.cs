using System.Globalization;
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

        if (!TryDay(day, out var d))
        {
            errors.Add(new FieldError("day", "must be a date as yyyy-MM-dd"));
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
        var errors = new List<FieldError>();
        var from = today.AddDays(-30);
        var to = today;
        if (request.Query["from"].ToString() is { Length: > 0 } f && !TryDay(f, out from))
        {
            errors.Add(new FieldError("from", "must be a date as yyyy-MM-dd"));
        }

        if (request.Query["to"].ToString() is { Length: > 0 } t && !TryDay(t, out to))
        {
            errors.Add(new FieldError("to", "must be a date as yyyy-MM-dd"));
        }

        Jurisdiction? jurisdiction = null;
        if (request.Query["jurisdiction"].ToString() is { Length: > 0 } code)
        {
            if (JurisdictionCodes.TryParse(code, out var parsed))
            {
                jurisdiction = parsed;
            }
            else
            {
                errors.Add(new FieldError("jurisdiction", "must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA"));
            }
        }

        if (errors.Count == 0 && (to < from || to.DayNumber - from.DayNumber >= MaxDays))
        {
            errors.Add(new FieldError("to", $"must be on or after from, at most {MaxDays} days later"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors, "The alert query is invalid.");
        }

        return Results.Ok(await store.AlertsAsync(from, to, jurisdiction, cancellationToken));
    }

    private static bool TryDay(string value, out DateOnly day) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
