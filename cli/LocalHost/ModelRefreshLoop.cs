using BorderScreening.Model.Serving;

namespace BorderScreening.Cli.LocalHost;

/// <summary>
/// Stand-in for the model refresh timer function: follows promotions and rollbacks made through
/// another host instance (or the CLI against another instance). Promotions through this host swap at once.
/// </summary>
public sealed class ModelRefreshLoop(RegistryModelSync sync, TimeProvider time, ILogger<ModelRefreshLoop> logger) : PeriodicLoop(time, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Period => TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sync.SyncAsync(cancellationToken);
}
