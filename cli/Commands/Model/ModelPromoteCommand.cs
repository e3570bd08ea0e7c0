using System.ComponentModel;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary>
/// <c>screening model promote VERSION --to shadow|active --reason "..." [--fairness-override "..."]</c>:
/// moves a model one stage on through the gates; a refusal names the gate.
/// </summary>
public sealed class ModelPromoteCommand : AsyncCommand<ModelPromoteCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : ModelHostSettings
    {
        /// <summary>The model version.</summary>
        [CommandArgument(0, "<version>")]
        public string Version { get; init; } = "";

        /// <summary>Target stage.</summary>
        [CommandOption("--to <STAGE>")]
        [Description("shadow (scored alongside, never affects hits) or active (in service)")]
        public string To { get; init; } = "";

        /// <summary>Why.</summary>
        [CommandOption("--reason <TEXT>")]
        [Description("why (required; audited)")]
        public string Reason { get; init; } = "";

        /// <summary>Supervisor's written reason to pass the fairness gate.</summary>
        [CommandOption("--fairness-override <TEXT>")]
        [Description("supervisors of every jurisdiction only (Review.Supervisor with all six in the jurisdictions claim, or Jurisdictions.All): written reason to activate despite fairness flags")]
        public string? FairnessOverride { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            To is not ("shadow" or "active") ? ValidationResult.Error("--to must be shadow or active.")
            : string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("--reason is required (it is audited).")
            : ValidationResult.Success();
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
        using var response = await client.PostJsonAsync(
            $"/api/models/{Uri.EscapeDataString(settings.Version)}/promote",
            new { to = settings.To, reason = settings.Reason, fairnessOverride = settings.FairnessOverride },
            cancellationToken);
        var (result, exit) = await ModelRegistryClient.ReadAsync<JsonObject>(response, console, cancellationToken);
        if (result is null)
        {
            return exit;
        }

        console.MarkupLineInterpolated($"[green]{settings.Version} is {result["model"]?["stage"]}[/]. This host serves: active {result["serving"]?["active"]}, shadow {result["serving"]?["shadow"]?.ToString() ?? "none"}.");
        return 0;
    }
}
