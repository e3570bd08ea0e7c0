using BorderScreening.Core.Serving;

namespace BorderScreening.Cli.LocalHost;

/// <summary>
/// Stand-in for the <c>FollowServedVersions</c> timer function: every 30 seconds (and at start) follow the
/// stored catalogue pointer and the model registry, also while no batches arrive.
/// </summary>
public sealed class ServedVersionLoop(ServedVersionFollower follower, TimeProvider time, ILogger<ServedVersionLoop> logger) : PeriodicLoop(time, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Period => TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override bool RunAtStart => true;

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => follower.SyncAllAsync(cancellationToken);
}
