using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary><c>screening model rollback --reason "..."</c>: the previous active model becomes active again.</summary>
public sealed class ModelRollbackCommand : AsyncCommand<ModelRollbackCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : ModelHostSettings
    {
        /// <summary>Why.</summary>
        [CommandOption("--reason <TEXT>")]
        [Description("why (required; audited)")]
        public string Reason { get; init; } = "";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("--reason is required (it is audited).") : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, AnsiConsole.Console, cancellationToken);

    /// <summary>The command's work, with the console to write to.</summary>
    public static async Task<int> RunAsync(Settings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        using var client = new ModelRegistryClient(settings);
        using var response = await client.PostJsonAsync("/api/models/rollback", new { reason = settings.Reason }, cancellationToken);
        var (result, exit) = await ModelRegistryClient.ReadAsync<JsonObject>(response, console, cancellationToken);
        if (result is null)
        {
            return exit;
        }

        console.MarkupLineInterpolated($"[green]Rolled back: {result["model"]?["version"]} is active again[/]. This host serves {result["serving"]?["active"]}.");
        return 0;
    }
}
