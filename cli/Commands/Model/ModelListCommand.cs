using BorderScreening.Model.Serving.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary><c>screening model list</c>: every registered model with stage and holdout figures, newest first.</summary>
public sealed class ModelListCommand : AsyncCommand<ModelHostSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, ModelHostSettings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, AnsiConsole.Console, cancellationToken);

    /// <summary>The command's work, with the console to write to (tests capture it).</summary>
    public static async Task<int> RunAsync(ModelHostSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var client = new ModelRegistryClient(settings);
        using var response = await client.GetAsync("/api/models", cancellationToken);
        var (list, exit) = await ModelRegistryClient.ReadAsync<ModelListView>(response, console, cancellationToken);
        if (list is null)
        {
            return exit;
        }

        var table = new Table().AddColumns("version", "stage", "AUPRC", "rules AUPRC", "ROC AUC", "fairness flags", "trained by", "registered");
        foreach (var m in list.Models)
        {
            var stage = m.Stage switch
            {
                "active" => "[green]active[/]",
                "shadow" => "[blue]shadow[/]",
                "retired" => "[grey]retired[/]",
                _ => m.Stage,
            };
            table.AddRow(Markup.Escape(m.Version), stage, Figure(m.Auprc), Figure(m.RulesAuprc), Figure(m.RocAuc),
                Markup.Escape(m.FairnessFlags.Length == 0 ? "none" : m.FairnessFlags), Markup.Escape(m.TrainedBy), m.RegisteredAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"this host serves: active [green]{list.Serving.Active}[/], shadow {list.Serving.Shadow ?? "none"}");
        return 0;
    }

    internal static string Figure(double? value) => value is { } v ? v.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) : "–";
}
