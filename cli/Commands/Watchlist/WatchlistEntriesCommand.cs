using BorderScreening.Cli.Commands.Catalogue;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary><c>screening watchlist entries LIST</c>: a list's entries (identifiers masked).</summary>
public sealed class WatchlistEntriesCommand : AsyncCommand<WatchlistListSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, WatchlistListSettings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(settings, HttpMethod.Get, $"/api/watchlists/{Uri.EscapeDataString(settings.List)}/entries", null, null, cancellationToken);
}
