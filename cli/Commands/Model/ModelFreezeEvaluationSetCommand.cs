using System.ComponentModel;
using BorderScreening.Model.Serving.Gating;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary>
/// <c>screening model freeze-evaluation-set --reason "..."</c>: the server freezes a new evaluation set
/// from the labels stored now; every later evaluation and promotion to active compares on it.
/// </summary>
public sealed class ModelFreezeEvaluationSetCommand : AsyncCommand<ModelFreezeEvaluationSetCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : ModelHostSettings
    {
        /// <summary>Why.</summary>
        [CommandOption("--reason <TEXT>")]
        [Description("why a new set (required; kept with the set)")]
        public string Reason { get; init; } = "";

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("--reason is required.") : ValidationResult.Success();
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
        using var response = await client.PostJsonAsync("/api/models/evaluation-set", new { reason = settings.Reason }, cancellationToken);
        var (set, exit) = await ModelRegistryClient.ReadAsync<EvaluationSetView>(response, console, cancellationToken);
        if (set is null)
        {
            return exit;
        }

        console.MarkupLineInterpolated($"Frozen [bold]{set.Id}[/] ({set.Kind}, {set.Rows:N0} rows, {set.Positives:N0} positives; sha256 {set.ContentHash[..16]}…): {set.Description}");
        return 0;
    }
}
