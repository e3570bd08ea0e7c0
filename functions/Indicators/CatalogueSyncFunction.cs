using BorderScreening.Core.Indicators.Governance;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Indicators;

/// <summary>Every instance follows the active catalogue pointer (the activating instance swapped at once).</summary>
public sealed class CatalogueSyncFunction(CatalogueGovernance governance)
{
    /// <summary>Every minute.</summary>
    [Function(nameof(FollowActiveCatalogue))]
    public Task FollowActiveCatalogue([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        governance.SyncAsync(cancellationToken);
}
