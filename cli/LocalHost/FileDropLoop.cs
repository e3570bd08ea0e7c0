using BorderScreening.Core.Feeds.Drops;

namespace BorderScreening.Cli.LocalHost;

/// <summary>The local host's stand-in for the blob triggers: polls the drop containers.</summary>
public sealed class FileDropLoop(FileDropService drops, TimeProvider time, ILogger<FileDropLoop> logger) : BackgroundService
{
    /// <summary>Time between polls.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(3);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await drops.ProcessPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Polling the drop containers failed");
            }
        }
    }
}
