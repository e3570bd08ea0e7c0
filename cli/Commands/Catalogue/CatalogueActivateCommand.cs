using System.Text.Json;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary><c>screening catalogue activate VERSION --reason TEXT</c>: puts a stored candidate in force on every instance.</summary>
public sealed class CatalogueActivateCommand : AsyncCommand<CatalogueActivateCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CatalogueReasonSettings
    {
        /// <summary>Stored candidate version.</summary>
        [CommandArgument(0, "<version>")]
        public string Version { get; init; } = "";
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(
            settings,
            HttpMethod.Post,
            $"/api/catalogues/{Uri.EscapeDataString(settings.Version)}/activate",
            JsonSerializer.Serialize(new { reason = settings.Reason }),
            null,
            cancellationToken);
}
