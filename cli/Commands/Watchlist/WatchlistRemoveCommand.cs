using BorderScreening.Cli.Commands.Catalogue;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary><c>screening watchlist remove LIST ENTRY</c>.</summary>
public sealed class WatchlistRemoveCommand : AsyncCommand<WatchlistEntrySettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, WatchlistEntrySettings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(settings, HttpMethod.Delete, $"/api/watchlists/{Uri.EscapeDataString(settings.List)}/entries/{Uri.EscapeDataString(settings.Entry)}", null, null, cancellationToken);
}
