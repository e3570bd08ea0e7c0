using BorderScreening.Adapters.Tables;

namespace BorderScreening.LocalHost;

/// <summary>Creates the tables before the host takes requests (in Azure, Bicep creates them).</summary>
public sealed class StorageInitializer(StorageTables tables) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => tables.EnsureCreatedAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
