using System.ComponentModel;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary>Options of the commands that name an entry.</summary>
public sealed class WatchlistEntrySettings : WatchlistListSettings
{
    /// <summary>The entry id.</summary>
    [CommandArgument(1, "<entry>")]
    public string Entry { get; init; } = "";

    /// <summary>Last valid day (expire).</summary>
    [CommandOption("--last-day")]
    [Description("expire: last day the entry applies, YYYY-MM-DD (default yesterday)")]
    public string? LastDay { get; init; }
}
