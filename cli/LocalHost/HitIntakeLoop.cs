using BorderScreening.Core.HitQueues;

namespace BorderScreening.Cli.LocalHost;

/// <summary>Stand-in for the intake timer function: drains the hit queues into the worklists.</summary>
public sealed class HitIntakeLoop(HitIntakeService intake, TimeProvider time, ILogger<HitIntakeLoop> logger) : PeriodicLoop(time, logger)
{
    /// <summary>Time between runs.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    protected override TimeSpan Period => Interval;

    /// <inheritdoc />
    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await intake.DrainAllAsync(500, cancellationToken);
        if (result.Added + result.Expired + result.Poison > 0)
        {
            logger.LogInformation("Hit intake: {Added} added, {Expired} expired, {Poison} poison", result.Added, result.Expired, result.Poison);
        }
    }
}
