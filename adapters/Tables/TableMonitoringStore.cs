using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// Reports and alerts in the monitoring table.
/// <para>
/// Keys: a report is PartitionKey = jurisdiction code, RowKey = "R|yyyy-MM-dd" (a re-run for the
/// same day replaces it, with the decisions made since); an alert is PartitionKey = "alerts",
/// RowKey = "yyyy-MM-dd|{jurisdiction}|{kind}|{subject}" so a re-run replaces rather than repeats
/// it and a period's alerts are one range query.
/// </para>
/// </summary>
public sealed class TableMonitoringStore(StorageTables tables) : IMonitoringStore
{
    private const string AlertPartition = "alerts";

    /// <inheritdoc />
    public async Task SaveAsync(MonitoringReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = JsonSerializer.Serialize(report, ScreeningJson.Options);
        if (body.Length > TableBody.MaxChars)
        {
            // Keep under Azure's 64 KiB per property: the feature table is the long part.
            body = JsonSerializer.Serialize(report with { FeatureDrift = [.. report.FeatureDrift.Take(10)] }, ScreeningJson.Options);
        }

        await tables.Monitoring.UpsertEntityAsync(
            new TableEntity(report.Jurisdiction, ReportKey(report.Day)) { ["Body"] = body, ["Alerts"] = report.Alerts.Count, ["ComputedAt"] = report.ComputedAt },
            TableUpdateMode.Replace, cancellationToken);
        await SaveAlertsAsync(report.Alerts, cancellationToken);
    }

    /// <inheritdoc />
    public async Task SaveAlertsAsync(IReadOnlyList<MonitoringAlert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        foreach (var alert in alerts)
        {
            var key = $"{Day(alert.Day)}|{alert.Jurisdiction}|{alert.Kind}|{Sanitise(alert.Subject)}";
            await tables.Monitoring.UpsertEntityAsync(
                new TableEntity(AlertPartition, key) { ["Body"] = JsonSerializer.Serialize(alert, ScreeningJson.Options) },
                TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<MonitoringReport?> GetAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken)
    {
        var row = await tables.Monitoring.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), ReportKey(day), cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString("Body") is { } body
            ? JsonSerializer.Deserialize<MonitoringReport>(body, ScreeningJson.Options)
            : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MonitoringAlert>> AlertsAsync(DateOnly from, DateOnly to, Jurisdiction? jurisdiction, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {AlertPartition} and RowKey ge {Day(from)} and RowKey lt {Day(to.AddDays(1))}");
        var alerts = new List<MonitoringAlert>();
        await foreach (var row in tables.Monitoring.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var alert = JsonSerializer.Deserialize<MonitoringAlert>(row.GetString("Body") ?? "null", ScreeningJson.Options);
            if (alert is not null && (jurisdiction is null || alert.Jurisdiction == jurisdiction.Value.ToCode()))
            {
                alerts.Add(alert);
            }
        }

        return alerts;
    }

    private static string ReportKey(DateOnly day) => "R|" + Day(day);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Row keys may not hold '/', '\', '#', '?' or control characters.
    private static string Sanitise(string value) =>
        new(value.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());
}
