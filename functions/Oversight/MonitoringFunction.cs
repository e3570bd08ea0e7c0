using BorderScreening.Core.Oversight.Monitoring;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Oversight;

/// <summary>Computes and stores yesterday's monitoring reports and alerts.</summary>
public sealed class MonitoringFunction(MonitoringService monitoring)
{
    /// <summary>Daily at 03:15 UTC, after the retention run.</summary>
    [Function(nameof(RunMonitoring))]
    public Task RunMonitoring([TimerTrigger("0 15 3 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        monitoring.RunPreviousDayAsync(cancellationToken);
}
