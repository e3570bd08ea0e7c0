using BorderScreening.Cli.Commands.Catalogue;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary><c>screening watchlist import LIST FILE.csv</c>: bulk import; prints what was stored and each refused line.</summary>
public sealed class WatchlistImportCommand : AsyncCommand<WatchlistImportCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : WatchlistListSettings
    {
        /// <summary>The CSV file.</summary>
        [CommandArgument(1, "<file>")]
        public string File { get; init; } = "";
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            await Console.Error.WriteLineAsync($"{settings.File} does not exist");
            return 1;
        }

        return await CatalogueClient.SendAsync(settings, HttpMethod.Post, $"/api/watchlists/{Uri.EscapeDataString(settings.List)}/import",
            await System.IO.File.ReadAllTextAsync(settings.File, cancellationToken), null, cancellationToken, "text/csv");
    }
}
