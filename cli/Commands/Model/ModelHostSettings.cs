using System.ComponentModel;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary>Options every <c>screening model</c> command shares: which host, which token.</summary>
public class ModelHostSettings : CommandSettings
{
    /// <summary>Host URL.</summary>
    [CommandOption("--host <URL>")]
    [Description("host to talk to (default http://127.0.0.1:7071, the local host)")]
    public string Host { get; init; } = "http://127.0.0.1:7071";

    /// <summary>Bearer token (or env SCREENING_TOKEN).</summary>
    [CommandOption("--token <TOKEN>")]
    [Description("bearer token (default: env SCREENING_TOKEN); locally: screening token --role Model.Train --subject ...")]
    public string? Token { get; init; }
}
