using System.ComponentModel;
using System.IO.Compression;
using System.Net.Http.Headers;
using BorderScreening.Model.Serving.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary>
/// <c>screening model register DIR</c>: uploads a training run's directory (model.zip, model.json,
/// model-card.json, and monitoring-reference.json when present) to the registry as a candidate; the
/// server evaluates it on its frozen set and refuses a card with inflated figures. The token's subject is recorded as the trainer,
/// so someone else must promote it.
/// </summary>
public sealed class ModelRegisterCommand : AsyncCommand<ModelRegisterCommand.Settings>
{
    private static readonly string[] Files = ["model.zip", "model.json", "model-card.json"];

    // Uploaded when the run wrote it: the drift reference follows the model once it is active.
    private static readonly string[] OptionalFiles = ["monitoring-reference.json"];

    /// <summary>Options.</summary>
    public sealed class Settings : ModelHostSettings
    {
        /// <summary>The directory a training run wrote.</summary>
        [CommandArgument(0, "<directory>")]
        [Description("directory written by training (model.zip, model.json, model-card.json), e.g. from `screening model-train-default --out DIR`")]
        public string Directory { get; init; } = "";
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, AnsiConsole.Console, cancellationToken);

    /// <summary>The command's work, with the console to write to.</summary>
    public static async Task<int> RunAsync(Settings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        var missing = Files.Where(f => !File.Exists(Path.Combine(settings.Directory, f))).ToList();
        if (missing.Count > 0)
        {
            console.MarkupLineInterpolated($"[red]{settings.Directory} lacks {string.Join(", ", missing)}[/]: register the directory a training run wrote.");
            return 2;
        }

        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Files.Concat(OptionalFiles.Where(f => File.Exists(Path.Combine(settings.Directory, f)))))
            {
                await archive.CreateEntryFromFileAsync(Path.Combine(settings.Directory, file), file, CompressionLevel.Fastest, cancellationToken);
            }
        }

        using var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var client = new ModelRegistryClient(settings);
        using var response = await client.PostAsync("/api/models", content, cancellationToken);
        var (model, exit) = await ModelRegistryClient.ReadAsync<ModelView>(response, console, cancellationToken);
        if (model is null)
        {
            return exit;
        }

        console.MarkupLineInterpolated($"Registered [bold]{model.Version}[/] as [yellow]{model.Stage}[/] (trained by {model.TrainedBy}; card AUPRC {ModelListCommand.Figure(model.Auprc)} vs rules {ModelListCommand.Figure(model.RulesAuprc)}).");
        if (model.Server is { } server)
        {
            console.MarkupLineInterpolated($"Server evaluation on {server.EvaluationSetId} ({server.EvaluationSetKind}, {server.Rows} rows, {server.Positives} positives): AUPRC {ModelListCommand.Figure(server.Auprc)} vs rules {ModelListCommand.Figure(server.RulesAuprc)}, active {ModelListCommand.Figure(server.ActiveModelAuprc)}.");
            if (server.CardMismatch.Length > 0)
            {
                console.MarkupLineInterpolated($"[yellow]Card and server differ[/]: {server.CardMismatch}");
            }
        }

        console.WriteLine($"Next: someone else runs `screening model promote {model.Version} --to shadow --reason \"...\"`.");
        return 0;
    }
}
