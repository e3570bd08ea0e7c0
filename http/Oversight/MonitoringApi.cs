using BorderScreening.Application.Feeds;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Oversight;

/// <summary>
/// Monitoring for auditors and data scientists (Audit.Read, Model.Train; <see cref="OversightRoutes"/>):
/// GET /api/monitoring/{jurisdiction}/{day} — the stored report;
/// GET /api/monitoring/alerts?from=&amp;to=&amp;jurisdiction= — alerts of a period (at most 366 days),
/// of the jurisdictions the caller reaches (the report's route is checked per jurisdiction by the
/// security layer; the alert list names its jurisdictions per alert, so it is filtered here).
/// </summary>
public sealed class MonitoringApi(IMonitoringStore store, ICallerAccessor callers, JurisdictionGrantAudit grants, TimeProvider time)
{
    // Supervisors read the alerts of the jurisdictions they supervise (an alert is about their queue);
    // the stored reports stay with auditors and data scientists.
    private static readonly IReadOnlyList<string> Readers = [AppRoles.AuditRead, AppRoles.ModelTrain, AppRoles.ReviewSupervisor];

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
        if (callers.Caller is not { } caller)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var query = new QueryValues(request);
        var from = query.Date("from") ?? today.AddDays(-30);
        var to = query.Date("to") ?? today;
        var jurisdiction = query.Jurisdiction("jurisdiction");
        if (query.Errors.Count == 0 && (to < from || to.DayNumber - from.DayNumber >= MaxDays))
        {
            query.Add("to", $"must be on or after from, at most {MaxDays} days later");
        }

        if (query.Problem("The alert query is invalid.") is { } problem)
        {
            return problem;
        }

        // A jurisdiction the caller does not reach is not found, as on the routes of one jurisdiction.
        var reached = caller.JurisdictionsFor(Readers);
        if (jurisdiction is { } asked && !reached.Contains(asked))
        {
            return Problems.NotFound("jurisdiction");
        }

        IReadOnlyList<Jurisdiction> scope = jurisdiction is { } one ? [one] : reached;
        await grants.RecordAsync(caller, Readers, scope, "ListMonitoringAlerts", request.HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        var codes = scope.Select(j => j.ToCode()).ToHashSet(StringComparer.Ordinal);
        var alerts = scope.Count == 0 ? [] : await store.AlertsAsync(from, to, jurisdiction, cancellationToken);
        return Results.Ok(alerts.Where(a => codes.Contains(a.Jurisdiction)).ToList());
    }
}
