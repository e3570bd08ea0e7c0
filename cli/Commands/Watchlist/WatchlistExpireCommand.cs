using System.Globalization;
using BorderScreening.Cli.Commands.Catalogue;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary><c>screening watchlist expire LIST ENTRY [--last-day D]</c>.</summary>
public sealed class WatchlistExpireCommand : AsyncCommand<WatchlistEntrySettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, WatchlistEntrySettings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(settings, HttpMethod.Post,
            string.Create(CultureInfo.InvariantCulture, $"/api/watchlists/{Uri.EscapeDataString(settings.List)}/entries/{Uri.EscapeDataString(settings.Entry)}/expire{(settings.LastDay is null ? "" : "?lastDay=" + Uri.EscapeDataString(settings.LastDay))}"),
            null, null, cancellationToken);
}
