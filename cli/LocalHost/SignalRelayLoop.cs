using BorderScreening.Core.Oversight.Signals;

namespace BorderScreening.Cli.LocalHost;

/// <summary>Stand-in for the signal relay timer function: publishes signals the fast path could not send.</summary>
public sealed class SignalRelayLoop(SignalRelay relay, TimeProvider time, ILogger<SignalRelayLoop> logger) : PeriodicLoop(time, logger)
{
    /// <summary>Time between runs.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    protected override TimeSpan Period => Interval;

    /// <inheritdoc />
    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = await relay.RelayPendingAsync(cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Relayed {Count} pending signals", sent);
        }
    }
}
