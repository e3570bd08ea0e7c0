using BorderScreening.Core.Indicators.Governance;

namespace BorderScreening.Cli.LocalHost;

/// <summary>Stand-in for the catalogue-follow timer function: every 30 seconds (and at start), follow the active pointer.</summary>
public sealed class CatalogueLoop(CatalogueGovernance governance, TimeProvider time, ILogger<CatalogueLoop> logger) : PeriodicLoop(time, logger)
{
    /// <inheritdoc />
    protected override TimeSpan Period => TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override bool RunAtStart => true;

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => governance.SyncAsync(cancellationToken);
}
