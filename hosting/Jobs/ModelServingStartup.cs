using BorderScreening.Model.Serving;
using Microsoft.Extensions.Hosting;

namespace BorderScreening.Hosting.Jobs;

/// <summary>
/// Before a host takes work, in both hosts: puts the shipped model in an empty registry (so a fresh
/// installation serves a registered model and has one to roll back to), then serves the registry's
/// active and shadow models. Every instance runs it, because the <see cref="JobTable.FollowServedVersions"/>
/// timer runs on one instance at a time and cannot be relied on for a new instance's start.
/// Awaited at start, so no promotion can race the bootstrap; concurrent bootstraps by several
/// instances are safe (the registry's transaction lets one win).
/// </summary>
internal sealed class ModelServingStartup(RegistryModelSync sync) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await sync.BootstrapShippedAsync(cancellationToken).ConfigureAwait(false);
        await sync.SyncAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
