using BorderScreening.Model.Serving;
using Microsoft.Extensions.Hosting;

namespace BorderScreening.Functions.Model;

/// <summary>
/// Each worker instance loads the registry's active and shadow models before it takes work (the timer
/// function runs on one instance at a time, so it cannot be relied on for a new instance's start).
/// Until the registry has an active model the shipped one serves.
/// </summary>
public sealed class ModelServingStartup(RegistryModelSync sync) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken) => await sync.SyncAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
