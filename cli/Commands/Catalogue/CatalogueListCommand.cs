using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary><c>screening catalogue list</c>: the version in force, the host's own, earlier ones and the stored candidates (JSON).</summary>
public sealed class CatalogueListCommand : AsyncCommand<CatalogueHostSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, CatalogueHostSettings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(settings, HttpMethod.Get, "/api/catalogues", null, null, cancellationToken);
}
