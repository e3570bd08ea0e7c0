using BorderScreening.Core.Risk;

namespace BorderScreening.Cli.LocalHost;

/// <summary>Stand-in for the hourly threshold function (every 15 minutes here, and once at start).</summary>
public sealed class ThresholdLoop(ThresholdStore thresholds, TimeProvider time, ILogger<ThresholdLoop> logger) : PeriodicLoop(time, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Period => TimeSpan.FromMinutes(15);

    /// <inheritdoc />
    protected override bool RunAtStart => true;

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => thresholds.RecalculateAsync(cancellationToken);
}
