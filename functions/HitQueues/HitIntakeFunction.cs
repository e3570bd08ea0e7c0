using BorderScreening.Core.HitQueues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Functions.HitQueues;

/// <summary>
/// Drains each jurisdiction's hit queue into its worklist. Without an isolated-worker Service Bus
/// trigger, a timer drains with ServiceBusReceiver and settles every message explicitly.
/// </summary>
public sealed class HitIntakeFunction(HitIntakeService intake, ILogger<HitIntakeFunction> logger)
{
    /// <summary>Every 30 seconds.</summary>
    [Function(nameof(DrainHitQueues))]
    public async Task DrainHitQueues([TimerTrigger("*/30 * * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await intake.DrainAllAsync(maxPerJurisdiction: 500, cancellationToken);
        logger.LogInformation(
            "Hit intake: {Added} added, {Duplicates} duplicates, {Expired} expired, {Poison} poison",
            result.Added, result.Duplicates, result.Expired, result.Poison);
    }
}
