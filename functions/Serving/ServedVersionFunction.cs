using BorderScreening.Core.Serving;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Serving;

/// <summary>
/// Follows the stored catalogue pointer and the model registry on the instance that runs the timer
/// (and at start); the other instances follow from their screening batches (<see cref="ServedVersionFollower"/>).
/// </summary>
public sealed class ServedVersionFunction(ServedVersionFollower follower)
{
    /// <summary>Every minute.</summary>
    [Function(nameof(FollowServedVersions))]
    public Task FollowServedVersions([TimerTrigger("0 * * * * *", RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        follower.SyncAllAsync(cancellationToken);
}
