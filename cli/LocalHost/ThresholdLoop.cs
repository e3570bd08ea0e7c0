using BorderScreening.Core.Risk;

namespace BorderScreening.Cli.LocalHost;

/// <summary>The local host's stand-in for the hourly threshold function (every 15 minutes here).</summary>
public sealed class ThresholdLoop(ThresholdStore thresholds, TimeProvider time, ILogger<ThresholdLoop> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(15), time);
        do
        {
            try
            {
                await thresholds.RecalculateAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Threshold recalculation failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
