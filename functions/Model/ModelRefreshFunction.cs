using BorderScreening.Model.Serving;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Model;

/// <summary>
/// Keeps every instance serving the registry's active and shadow models: a promotion through one
/// instance swaps there at once, the others follow on this timer (and at start, RunOnStartup).
/// </summary>
public sealed class ModelRefreshFunction(RegistryModelSync sync)
{
    /// <summary>Every minute.</summary>
    [Function(nameof(RefreshModels))]
    public Task RefreshModels([TimerTrigger("0 * * * * *", RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        sync.SyncAsync(cancellationToken);
}
