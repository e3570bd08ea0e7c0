using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// The daily monitoring run: per jurisdiction, read the day's observations, compute the report,
/// store it with its alerts, and log each alert (figures and group names only, no personal data).
/// Re-running a day replaces its report, so the timer may run more than once.
/// </summary>
public sealed class MonitoringService(
    IMonitoringSource source,
    IMonitoringStore store,
    MonitoringReferenceProvider reference,
    IFeatureSnapshot features,
    IOptions<MonitoringOptions> options,
    TimeProvider time,
    ILogger<MonitoringService> logger)
{
    private readonly MonitoringCalculator _calculator = new(options.Value);

    /// <summary>Computes and stores the reports of <paramref name="day"/>, for one jurisdiction or all.</summary>
    public async Task<IReadOnlyList<MonitoringReport>> RunAsync(DateOnly day, Jurisdiction? jurisdiction, CancellationToken cancellationToken)
    {
        var reports = new List<MonitoringReport>();
        foreach (var j in jurisdiction is { } one ? [one] : JurisdictionCodes.All)
        {
            var observations = await source.ReadAsync(j, day, cancellationToken);
            var report = _calculator.Compute(j, day, observations, reference.Reference, FeatureNames(), time.GetUtcNow());
            await store.SaveAsync(report, cancellationToken);
            foreach (var alert in report.Alerts)
            {
                logger.LogWarning(
                    "Monitoring alert {Kind} for {Jurisdiction} on {Day}: {Subject} at {Value:0.###} (bound {Bound})",
                    alert.Kind, alert.Jurisdiction, alert.Day, alert.Subject, alert.Value, alert.Bound);
            }

            reports.Add(report);
        }

        return reports;
    }

    /// <summary>The timer's run: yesterday (UTC), every jurisdiction.</summary>
    public Task<IReadOnlyList<MonitoringReport>> RunPreviousDayAsync(CancellationToken cancellationToken) =>
        RunAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1), null, cancellationToken);

    private IReadOnlyList<string> FeatureNames() =>
        features.Names.Count > 0 ? features.Names : reference.Reference?.FeatureNames ?? [];
}
