using System.ComponentModel;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary>Options every <c>screening catalogue</c> command shares: which host, which token.</summary>
public class CatalogueHostSettings : CommandSettings
{
    /// <summary>Host URL.</summary>
    [CommandOption("--host")]
    [Description("host to talk to (default http://127.0.0.1:7071)")]
    public string Host { get; init; } = "http://127.0.0.1:7071";

    /// <summary>Bearer token (or env SCREENING_TOKEN); needs the Rules.Manage role.</summary>
    [CommandOption("--token")]
    [Description("bearer token with the Rules.Manage role (default: env SCREENING_TOKEN)")]
    public string? Token { get; init; }
}
