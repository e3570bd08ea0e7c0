using System.ComponentModel;
using BorderScreening.LocalHost;
using BorderScreening.Model.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening model-train-default [--out DIR] [--seed N] [--count N]</c>: reproduces the shipped
/// model (generated data with a fixed seed → training with FastTree and LightGbm → evaluation and
/// model card) with progress bars. Same seed and count give the same model and figures.
/// </summary>
public sealed class TrainDefaultModelCommand : AsyncCommand<TrainDefaultModelCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Output folder (default model/runs/default, not committed).</summary>
        [CommandOption("--out")]
        [Description("output folder for model.zip, model.json and the model card (default model/runs/default)")]
        public string? Out { get; init; }

        /// <summary>Seed.</summary>
        [CommandOption("--seed")]
        public int Seed { get; init; } = DefaultModelBuilder.ShippedSeed;

        /// <summary>Generated records.</summary>
        [CommandOption("--count")]
        public int Count { get; init; } = DefaultModelBuilder.ShippedCount;
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = settings.Out ?? Path.Combine(RepositoryRoot.Find(), "model", "runs", "default");
        var build = await ConsoleProgress.RunAsync(AnsiConsole.Console, progress =>
            DefaultModelBuilder.BuildAsync(output, settings.Seed, settings.Count, progress, cancellationToken));
        AnsiConsole.MarkupLine($"[green]Model {Markup.Escape(build.Metadata.ModelVersion)}[/] ({Markup.Escape(build.Metadata.Trainer)}) written to {Markup.Escape(output)} with its model card.");
        return 0;
    }
}
