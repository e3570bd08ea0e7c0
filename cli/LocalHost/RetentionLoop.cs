using BorderScreening.Core.Privacy.Retention;

namespace BorderScreening.Cli.LocalHost;

/// <summary>Stand-in for the daily retention function (every six hours here).</summary>
public sealed class RetentionLoop(RetentionService retention, TimeProvider time, ILogger<RetentionLoop> logger) : PeriodicLoop(time, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Period => TimeSpan.FromHours(6);

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => retention.RunAsync(cancellationToken);
}
