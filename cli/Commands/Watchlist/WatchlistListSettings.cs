using BorderScreening.Cli.Commands.Catalogue;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary>Options of the watchlist commands that name a list (host and token as for the catalogue commands; the token needs Watchlist.Manage or Watchlist.Children).</summary>
public class WatchlistListSettings : CatalogueHostSettings
{
    /// <summary>The list id.</summary>
    [CommandArgument(0, "<list>")]
    public string List { get; init; } = "";
}
