using BorderScreening.Core.HitQueues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Functions.HitQueues;

/// <summary>Publishes hits the screening fast path could not send (queue down, process died).</summary>
public sealed class OutboxRelayFunction(OutboxRelay relay, ILogger<OutboxRelayFunction> logger)
{
    /// <summary>Every minute.</summary>
    [Function(nameof(RelayOutbox))]
    public async Task RelayOutbox([TimerTrigger("0 */1 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var sent = await relay.RelayPendingAsync(cancellationToken);
        logger.LogInformation("Outbox relay sent {Count} hits", sent);
    }
}
