using BorderScreening.Cli.Commands.Catalogue;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary><c>screening watchlist lists</c>: the lists the token manages or reviews against (JSON).</summary>
public sealed class WatchlistListsCommand : AsyncCommand<CatalogueHostSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, CatalogueHostSettings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(settings, HttpMethod.Get, "/api/watchlists", null, null, cancellationToken);
}
