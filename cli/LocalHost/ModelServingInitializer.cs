using BorderScreening.Model.Serving;

namespace BorderScreening.Cli.LocalHost;

/// <summary>
/// Before the host takes requests: puts the shipped model in an empty registry (so <c>serve</c> works
/// on a fresh machine and there is a model to roll back to), then serves the registry's active and
/// shadow models. Awaited at start, so no promotion can race the bootstrap.
/// </summary>
public sealed class ModelServingInitializer(RegistryModelSync sync) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await sync.BootstrapShippedAsync(cancellationToken);
        await sync.SyncAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
