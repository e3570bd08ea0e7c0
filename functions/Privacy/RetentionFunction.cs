using BorderScreening.Core.Privacy.Retention;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Privacy;

/// <summary>Deletes and depersonalises data past its retention period.</summary>
public sealed class RetentionFunction(RetentionService retention)
{
    /// <summary>Daily at 02:30 UTC.</summary>
    [Function(nameof(ApplyRetention))]
    public Task ApplyRetention([TimerTrigger("0 30 2 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        retention.RunAsync(cancellationToken);
}
