using BorderScreening.Core.Oversight.Signals;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Functions.Oversight;

/// <summary>Publishes signals the decision's fast path could not send (queue down, process died).</summary>
public sealed class SignalRelayFunction(SignalRelay relay, ILogger<SignalRelayFunction> logger)
{
    /// <summary>Every minute.</summary>
    [Function(nameof(RelaySignals))]
    public async Task RelaySignals([TimerTrigger("30 */1 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var sent = await relay.RelayPendingAsync(cancellationToken);
        logger.LogInformation("Signal relay sent {Count} signals", sent);
    }
}
