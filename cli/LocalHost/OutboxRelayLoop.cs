using BorderScreening.Core.HitQueues;

namespace BorderScreening.Cli.LocalHost;

/// <summary>
/// The local host's stand-in for the Timer-triggered relay function: publishes outbox entries the
/// fast path could not send.
/// </summary>
public sealed class OutboxRelayLoop(OutboxRelay relay, TimeProvider time, ILogger<OutboxRelayLoop> logger) : BackgroundService
{
    /// <summary>Time between runs.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var sent = await relay.RelayPendingAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Relayed {Count} pending hits", sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox relay run failed; trying again in {Interval}", Interval);
            }
        }
    }
}
