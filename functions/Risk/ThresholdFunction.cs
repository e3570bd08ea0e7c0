using BorderScreening.Core.Risk;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Risk;

/// <summary>Recalculates the capacity-following hit thresholds from the last days' scores.</summary>
public sealed class ThresholdFunction(ThresholdStore thresholds)
{
    /// <summary>Every hour, on the hour.</summary>
    [Function(nameof(RecalculateThresholds))]
    public Task RecalculateThresholds([TimerTrigger("0 0 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        thresholds.RecalculateAsync(cancellationToken);
}
