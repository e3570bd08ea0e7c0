using System.ComponentModel;
using BorderScreening.Model.Serving.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary><c>screening model show VERSION</c>: one model with the headline figures of its model card.</summary>
public sealed class ModelShowCommand : AsyncCommand<ModelShowCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : ModelHostSettings
    {
        /// <summary>The model version.</summary>
        [CommandArgument(0, "<version>")]
        [Description("model version, as in `screening model list`")]
        public string Version { get; init; } = "";
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
        using var response = await client.GetAsync("/api/models/" + Uri.EscapeDataString(settings.Version), cancellationToken);
        var (detail, exit) = await ModelRegistryClient.ReadAsync<ModelDetailView>(response, console, cancellationToken);
        if (detail is null)
        {
            return exit;
        }

        var m = detail.Model;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => grid.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), new Text(value ?? "–"));
        Row("version", m.Version);
        Row("stage", m.Stage);
        Row("trained by", m.TrainedBy);
        Row("registered", m.RegisteredAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
        Row("shadow by", m.ShadowBy);
        Row("active by", m.ActiveBy);
        Row("data hash", m.DataHash);
        Row("feature schema", m.FeatureSchemaHash);
        Row("fairness flags (card)", m.FairnessFlags.Length == 0 ? "none" : m.FairnessFlags);
        console.Write(grid);
        WriteServerFigures(console, m);
        if (detail.Card is not { } card)
        {
            console.WriteLine("No model card stored.");
            return 0;
        }

        console.MarkupLineInterpolated($"[bold]holdout[/] {card.HoldoutRows:N0} rows, {card.HoldoutPositives:N0} positives ({card.LabelSource})");
        var systems = new Table().AddColumns("system", "AUPRC", "ROC AUC", "Brier", "precision at capacity", "recall at capacity");
        foreach (var s in card.Systems)
        {
            systems.AddRow(Markup.Escape(s.Name), ModelListCommand.Figure(s.Auprc), ModelListCommand.Figure(s.RocAuc), ModelListCommand.Figure(s.Brier),
                ModelListCommand.Figure(s.PrecisionAtCapacity), ModelListCommand.Figure(s.RecallAtCapacity));
        }

        console.Write(systems);
        if (card.Typologies.Count > 0)
        {
            var typologies = new Table().AddColumns("typology", "positives", "found", "recall");
            foreach (var t in card.Typologies)
            {
                typologies.AddRow(Markup.Escape(t.Typology), t.Positives.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Found.ToString(System.Globalization.CultureInfo.InvariantCulture), ModelListCommand.Figure(t.Recall));
            }

            console.Write(typologies);
        }

        console.MarkupLineInterpolated($"[bold]fairness flagged[/]: {(card.FairnessFlagged.Count == 0 ? "none" : string.Join("; ", card.FairnessFlagged))}");
        console.MarkupLineInterpolated($"[bold]top features[/]: {string.Join(", ", card.TopFeatures)}");
        return 0;
    }

    // The gates read the server's figures; the card's claims are shown beside them, with any mismatch.
    private static void WriteServerFigures(IAnsiConsole console, ModelView m)
    {
        if (m.Server is not { } s)
        {
            console.WriteLine("Not evaluated by the server yet (it evaluates at registration and before activation).");
            return;
        }

        console.MarkupLineInterpolated($"[bold]server evaluation[/] on {s.EvaluationSetId} ({s.EvaluationSetKind}, {s.Rows:N0} rows, {s.Positives:N0} positives), against {s.ActiveVersion ?? "no active model"}");
        var table = new Table().AddColumns("figure", "server (gates)", "card");
        table.AddRow("AUPRC", ModelListCommand.Figure(s.Auprc), ModelListCommand.Figure(m.Auprc));
        table.AddRow("rules-only AUPRC", ModelListCommand.Figure(s.RulesAuprc), ModelListCommand.Figure(m.RulesAuprc));
        table.AddRow("active model AUPRC", ModelListCommand.Figure(s.ActiveModelAuprc), ModelListCommand.Figure(m.ActiveModelAuprc));
        table.AddRow("recall at capacity", ModelListCommand.Figure(s.RecallAtCapacity), "–");
        table.AddRow("active recall at capacity", ModelListCommand.Figure(s.ActiveModelRecallAtCapacity), "–");
        table.AddRow("rules recall at capacity", ModelListCommand.Figure(s.RulesRecallAtCapacity), "–");
        table.AddRow("fairness flags", Markup.Escape(s.FairnessFlags.Length == 0 ? "none" : s.FairnessFlags), Markup.Escape(m.FairnessFlags.Length == 0 ? "none" : m.FairnessFlags));
        console.Write(table);
        console.MarkupLineInterpolated($"[bold]card vs server[/]: {(s.CardMismatch.Length == 0 ? "agree within the tolerance" : s.CardMismatch)}");
    }
}
