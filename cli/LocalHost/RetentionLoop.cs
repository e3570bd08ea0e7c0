using BorderScreening.Core.Privacy.Retention;

namespace BorderScreening.Cli.LocalHost;

/// <summary>The local host's stand-in for the daily retention function (every six hours here).</summary>
public sealed class RetentionLoop(RetentionService retention, TimeProvider time, ILogger<RetentionLoop> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(6), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await retention.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Retention run failed");
            }
        }
    }
}
