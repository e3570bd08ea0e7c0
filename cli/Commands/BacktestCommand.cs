using System.ComponentModel;
using BorderScreening.Application.Catalogues.Backtest;
using BorderScreening.Domain.Indicators;
using BorderScreening.Model.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening backtest --candidate catalogue.json [--count N] [--seed S] [--out report.md]</c>:
/// runs a candidate catalogue and the catalogue in service over generated records (with their
/// labels as reviewed outcomes) and reports, per indicator and per jurisdiction, how many records
/// each fires on, the hit volume, and how many hits were confirmed or cleared — before anyone
/// activates the candidate. The candidate is validated first; an invalid one is rejected whole.
/// </summary>
public sealed class BacktestCommand : Command<BacktestCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Candidate catalogue file.</summary>
        [CommandOption("--candidate")]
        [Description("catalogue JSON to compare with the one in service")]
        public string Candidate { get; init; } = "";

        /// <summary>Generated records.</summary>
        [CommandOption("--count")]
        public int Count { get; init; } = 20_000;

        /// <summary>Seed.</summary>
        [CommandOption("--seed")]
        public int Seed { get; init; } = 20261128;

        /// <summary>Markdown report file (stdout when absent).</summary>
        [CommandOption("--out")]
        public string? Out { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Candidate))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(settings.Candidate)} does not exist.[/]");
            return 1;
        }

        var loaded = IndicatorCatalogueLoader.Load(File.ReadAllText(settings.Candidate));
        if (!loaded.IsValid)
        {
            foreach (var error in loaded.Errors)
            {
                Console.Error.WriteLine(error.ToString());
            }

            return 1;
        }

        var examples = new SyntheticDataGenerator(new SyntheticOptions { Seed = settings.Seed, Count = settings.Count }).Generate();
        var outcomes = examples
            .Where(e => e.ObservedLabel is not null)
            .GroupBy(e => e.Record.SourceIdentity())
            .ToDictionary(g => g.Key, g => g.First().ObservedLabel == true ? "confirmed" : "cleared");
        var report = CatalogueBacktest.Run(examples.Select(e => e.ToContext()), IndicatorCatalogueLoader.LoadEmbedded(), loaded.Catalogue!, outcomes);
        var markdown = report.ToMarkdown();
        if (settings.Out is null)
        {
            Console.WriteLine(markdown);
        }
        else
        {
            File.WriteAllText(settings.Out, markdown);
            AnsiConsole.MarkupLine($"Backtest of {examples.Count} generated records written to {Markup.Escape(settings.Out)}.");
        }

        return 0;
    }
}
