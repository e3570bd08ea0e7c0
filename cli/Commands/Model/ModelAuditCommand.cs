using BorderScreening.Model.Serving.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary><c>screening model audit</c>: the registry's audit trail, newest first.</summary>
public sealed class ModelAuditCommand : AsyncCommand<ModelHostSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, ModelHostSettings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, AnsiConsole.Console, cancellationToken);

    /// <summary>The command's work, with the console to write to.</summary>
    public static async Task<int> RunAsync(ModelHostSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var client = new ModelRegistryClient(settings);
        using var response = await client.GetAsync("/api/models/audit", cancellationToken);
        var (entries, exit) = await ModelRegistryClient.ReadAsync<List<RegistryAuditView>>(response, console, cancellationToken);
        if (entries is null)
        {
            return exit;
        }

        var table = new Table().AddColumns("at (UTC)", "action", "version", "from", "to", "by", "reason");
        foreach (var e in entries)
        {
            table.AddRow(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Action), Markup.Escape(e.Version),
                e.From ?? "–", e.To, Markup.Escape(e.By), Markup.Escape(e.Reason));
        }

        console.Write(table);
        return 0;
    }
}
