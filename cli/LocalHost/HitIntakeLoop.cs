using BorderScreening.Core.HitQueues;

namespace BorderScreening.Cli.LocalHost;

/// <summary>The local host's stand-in for the timer-triggered intake function.</summary>
public sealed class HitIntakeLoop(HitIntakeService intake, TimeProvider time, ILogger<HitIntakeLoop> logger) : BackgroundService
{
    /// <summary>Time between runs.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var result = await intake.DrainAllAsync(500, stoppingToken);
                if (result.Added + result.Expired + result.Poison > 0)
                {
                    logger.LogInformation("Hit intake: {Added} added, {Expired} expired, {Poison} poison", result.Added, result.Expired, result.Poison);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Hit intake run failed; trying again in {Interval}", Interval);
            }
        }
    }
}
