using BorderScreening.Core.Oversight.Monitoring;

namespace BorderScreening.Cli.LocalHost;

/// <summary>Stand-in for the daily monitoring function: yesterday's reports, every six hours here (a re-run replaces them).</summary>
public sealed class MonitoringLoop(MonitoringService monitoring, TimeProvider time, ILogger<MonitoringLoop> logger) : PeriodicLoop(time, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Period => TimeSpan.FromHours(6);

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => monitoring.RunPreviousDayAsync(cancellationToken);
}
