using System.ComponentModel;
using BorderScreening.Model.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening generate --count N [--seed S] --out FILE.jsonl</c>: writes synthetic traveller and
/// permit records as JSON lines (readable by <c>parse --format jsonl</c>, the file drops and the
/// screenings endpoint). Assumptions are in docs/model.md.
/// </summary>
public sealed class GenerateCommand : AsyncCommand<GenerateCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Number of records.</summary>
        [CommandOption("--count")]
        public int Count { get; init; } = 1000;

        /// <summary>Seed.</summary>
        [CommandOption("--seed")]
        public int Seed { get; init; } = 20261128;

        /// <summary>Output file.</summary>
        [CommandOption("--out")]
        [Description("JSON-lines file to write")]
        public string Out { get; init; } = "generated.jsonl";
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var examples = new SyntheticDataGenerator(new SyntheticOptions { Seed = settings.Seed, Count = settings.Count }).Generate();
        await using var stream = File.Create(settings.Out);
        await SyntheticJsonLines.WriteRecordsAsync(stream, examples, cancellationToken);
        AnsiConsole.MarkupLine($"Wrote {examples.Count} records to {Markup.Escape(settings.Out)} (seed {settings.Seed}).");
        return 0;
    }
}
