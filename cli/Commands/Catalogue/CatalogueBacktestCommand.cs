using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary>
/// <c>screening catalogue backtest VERSION [--records N] [--seed S] [--json]</c>: the host compares a
/// stored candidate with the catalogue in force and the report is printed as Markdown (or JSON).
/// </summary>
public sealed class CatalogueBacktestCommand : AsyncCommand<CatalogueBacktestCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CatalogueHostSettings
    {
        /// <summary>Stored candidate version.</summary>
        [CommandArgument(0, "<version>")]
        public string Version { get; init; } = "";

        /// <summary>Generated records.</summary>
        [CommandOption("--records")]
        [Description("generated records to compare on (default 5000, at most 50000)")]
        public int Records { get; init; } = 5_000;

        /// <summary>Seed.</summary>
        [CommandOption("--seed")]
        public int Seed { get; init; } = 20261128;

        /// <summary>Print the JSON answer instead of the Markdown report.</summary>
        [CommandOption("--json")]
        public bool Json { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(
            settings,
            HttpMethod.Post,
            $"/api/catalogues/{Uri.EscapeDataString(settings.Version)}/backtest?records={settings.Records}&seed={settings.Seed}",
            null,
            settings.Json ? null : body => JsonNode.Parse(body)?["markdown"]?.GetValue<string>() ?? body,
            cancellationToken);
}
