using System.ComponentModel;
using System.Diagnostics;
using BorderScreening.LocalHost;
using BorderScreening.Model.Training;
using BorderScreening.Model.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Model;

/// <summary>
/// <c>screening model train (--labels FILE | --from yyyy-MM-dd --to yyyy-MM-dd [-j AW,CW…]) --out DIR
/// [--seed N] [--synthetic-prior N] [--require-stored-features]</c>: trains on reviewers' decisions —
/// from a label export (JSON lines or Parquet) or straight from the store (the local host's Azurite
/// unless Storage__ConnectionString says otherwise) — with the features stored at scoring time, and
/// writes a run directory (model.zip, model.json, model-card.json/.md, monitoring-reference.json,
/// lineage.json) with progress bars. Synthetic data only with an explicit --synthetic-prior.
/// </summary>
public sealed class ModelTrainCommand : AsyncCommand<ModelTrainCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Label export file.</summary>
        [CommandOption("--labels")]
        [Description("label export to train on: JSON lines (.jsonl) or Parquet (.parquet)")]
        public string? Labels { get; init; }

        /// <summary>First day of the store period.</summary>
        [CommandOption("--from")]
        [Description("train from the store: first day screened, yyyy-MM-dd (UTC, inclusive)")]
        public string? From { get; init; }

        /// <summary>End of the store period.</summary>
        [CommandOption("--to")]
        [Description("end of the store period, yyyy-MM-dd (UTC, exclusive)")]
        public string? To { get; init; }

        /// <summary>Jurisdictions to read from the store.</summary>
        [CommandOption("-j|--jurisdiction")]
        [Description("jurisdiction code(s), comma-separated or repeated (default: all)")]
        public string[] Jurisdictions { get; init; } = [];

        /// <summary>Run directory.</summary>
        [CommandOption("--out")]
        [Description("run directory to write (default model/runs/train-<time>, not committed)")]
        public string? Out { get; init; }

        /// <summary>Seed.</summary>
        [CommandOption("--seed")]
        public int Seed { get; init; } = DefaultModelBuilder.ShippedSeed;

        /// <summary>Synthetic records mixed in as a prior.</summary>
        [CommandOption("--synthetic-prior")]
        [Description("mix in N synthetic records as a documented prior (default 0: none)")]
        public int SyntheticPrior { get; init; }

        /// <summary>Refuse to recompute features.</summary>
        [CommandOption("--require-stored-features")]
        [Description("fail when an example lacks stored features of this build's schema instead of recomputing them")]
        public bool RequireStoredFeatures { get; init; }

        /// <summary>Partitions read at once from the store.</summary>
        [CommandOption("--parallelism")]
        public int Parallelism { get; init; } = 4;

        /// <summary>The jurisdiction codes, commas split.</summary>
        public IReadOnlyList<string> JurisdictionCodes =>
            [.. Jurisdictions.SelectMany(j => j.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (SyntheticPrior < 0)
            {
                return ValidationResult.Error("--synthetic-prior must be 0 or more");
            }

            if (Labels is not null)
            {
                return From is null && To is null && Jurisdictions.Length == 0
                    ? ValidationResult.Success()
                    : ValidationResult.Error("give either --labels or --from/--to, not both");
            }

            return From is null || To is null
                ? ValidationResult.Error("give --labels FILE, or --from and --to to train from the store")
                : TrainingStoreReader.Validate(From, To, JurisdictionCodes, Parallelism);
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var output = settings.Out ?? Path.Combine(RepositoryRoot.Find(), "model", "runs", $"train-{TimeProvider.System.GetUtcNow():yyyyMMdd-HHmmss}");
        if (settings.Labels is { } file && !File.Exists(file))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(file)} does not exist.[/]");
            return 1;
        }

        try
        {
            var result = await ConsoleProgress.RunAsync(AnsiConsole.Console, async progress =>
            {
                var watch = Stopwatch.StartNew();
                var (examples, input) = settings.Labels is { } labels
                    ? await TrainingFileReader.ReadAsync(labels, progress, cancellationToken)
                    : await TrainingStoreReader.ReadAsync(settings.From!, settings.To!, settings.JurisdictionCodes, settings.Parallelism, progress, cancellationToken);
                var options = new TrainingRunOptions
                {
                    Seed = settings.Seed,
                    SyntheticPrior = settings.SyntheticPrior,
                    RequireStoredFeatures = settings.RequireStoredFeatures,
                    Input = input,
                };
                return await new TrainingRun(TimeProvider.System).RunAsync(examples, options, output, watch.Elapsed.TotalSeconds, progress, cancellationToken);
            });

            var l = result.Lineage;
            AnsiConsole.MarkupLine($"[green]Model {Markup.Escape(result.Metadata.ModelVersion)}[/] ({Markup.Escape(result.Metadata.Trainer)}) trained on {l.Examples:N0} labels " +
                $"({l.Positives:N0} positive, {l.RandomChecks.Count:N0} random checks; features {l.Features.PointInTime:N0} stored, {l.Features.Recomputed:N0} recomputed" +
                $"{(l.Synthetic.MixedIn ? $"; {l.Synthetic.Count:N0} synthetic prior records" : "")}).");
            AnsiConsole.MarkupLine($"Run directory: {Markup.Escape(output)} (model.zip, model-card.md, monitoring-reference.json, lineage.json).");
            return 0;
        }
        catch (Exception ex) when (ex is TrainingDataException or InvalidDataException)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return 1;
        }
    }
}
