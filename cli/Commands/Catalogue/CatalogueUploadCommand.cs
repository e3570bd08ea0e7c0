using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary><c>screening catalogue upload FILE</c>: stores a candidate on the host (validated there; errors name indicator and field).</summary>
public sealed class CatalogueUploadCommand : AsyncCommand<CatalogueUploadCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CatalogueHostSettings
    {
        /// <summary>The catalogue file.</summary>
        [CommandArgument(0, "<file>")]
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

        var json = await System.IO.File.ReadAllTextAsync(settings.File, cancellationToken);
        return await CatalogueClient.SendAsync(settings, HttpMethod.Post, "/api/catalogues", json, null, cancellationToken);
    }
}
