using BorderScreening.Core.Feeds.Drops;

namespace BorderScreening.Cli.LocalHost;

/// <summary>Stand-in for the blob triggers: polls the drop containers.</summary>
public sealed class FileDropLoop(FileDropService drops, TimeProvider time, ILogger<FileDropLoop> logger) : PeriodicLoop(time, logger)
{
    /// <summary>Time between polls.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(3);

    /// <inheritdoc />
    protected override TimeSpan Period => Interval;

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => drops.ProcessPendingAsync(cancellationToken);
}
