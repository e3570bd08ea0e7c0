using System.Text.Json;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary><c>screening catalogue rollback --reason TEXT</c>: puts the previous catalogue back in force.</summary>
public sealed class CatalogueRollbackCommand : AsyncCommand<CatalogueReasonSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, CatalogueReasonSettings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(settings, HttpMethod.Post, "/api/catalogues/rollback", JsonSerializer.Serialize(new { reason = settings.Reason }), null, cancellationToken);
}
