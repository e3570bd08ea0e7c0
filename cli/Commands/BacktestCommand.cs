using System.ComponentModel;
using BorderScreening.Application.Catalogues.Backtest;
using BorderScreening.Domain.Indicators;
using BorderScreening.Model.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening backtest --candidate catalogue.json [--from yyyy-MM-dd --to yyyy-MM-dd] [-j CW]…
/// [--count N] [--seed S] [--out report.md]</c>: runs a candidate catalogue and the catalogue in
/// service over records and reports, per indicator and per jurisdiction, how many records each fires
/// on, the hit volume, and how many hits were confirmed or cleared — before anyone activates the
/// candidate. With a period, the records are the stored history of that period replayed in event
/// time from storage (the local host's Azurite unless Storage__ConnectionString says otherwise),
/// against what reviewers decided, with a progress bar; without one, or when the store holds nothing
/// for it, generated records with their labels. The candidate is validated first; an invalid one is
/// rejected whole.
/// </summary>
public sealed class BacktestCommand : AsyncCommand<BacktestCommand.Settings>
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

        /// <summary>First day of the stored period to replay.</summary>
        [CommandOption("--from")]
        [Description("first day of the stored period to replay, yyyy-MM-dd (UTC, inclusive, by the records' own time)")]
        public string? From { get; init; }

        /// <summary>End of the stored period.</summary>
        [CommandOption("--to")]
        [Description("end of the stored period, yyyy-MM-dd (UTC, exclusive)")]
        public string? To { get; init; }

        /// <summary>Jurisdictions to replay.</summary>
        [CommandOption("-j|--jurisdiction")]
        [Description("jurisdiction code, repeatable (default: all)")]
        public string[] Jurisdictions { get; init; } = [];

        /// <summary>Readers in flight.</summary>
        [CommandOption("--parallelism")]
        public int Parallelism { get; init; } = 8;

        /// <inheritdoc />
        public override ValidationResult Validate() => ReplayPeriod.Validate(From, To, Jurisdictions, Parallelism);
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
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

        if (settings.From is not null)
        {
            var request = ReplayPeriod.Request(settings.From, settings.To!, settings.Jurisdictions, settings.Parallelism, loaded.Catalogue!);
            if (await ReplayPeriod.RunAsync(request, cancellationToken) is { } replayed)
            {
                return await WriteAsync(settings.Out, replayed.ToMarkdown(), $"Replay of {replayed.Backtest.Records} stored records", cancellationToken);
            }

            AnsiConsole.MarkupLine("[yellow]The store holds no records of that period; comparing on generated records instead.[/]");
        }

        var examples = new SyntheticDataGenerator(new SyntheticOptions { Seed = settings.Seed, Count = settings.Count }).Generate();
        var outcomes = examples
            .Where(e => e.ObservedLabel is not null)
            .GroupBy(e => e.Record.SourceIdentity())
            .ToDictionary(g => g.Key, g => g.First().ObservedLabel == true ? "confirmed" : "cleared");
        var report = CatalogueBacktest.Run(examples.Select(e => e.ToContext()), IndicatorCatalogueLoader.LoadEmbedded(), loaded.Catalogue!, outcomes);
        return await WriteAsync(settings.Out, report.ToMarkdown(), $"Backtest of {examples.Count} generated records", cancellationToken);
    }

    private static async Task<int> WriteAsync(string? path, string markdown, string what, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            Console.WriteLine(markdown);
        }
        else
        {
            await File.WriteAllTextAsync(path, markdown, cancellationToken);
            AnsiConsole.MarkupLine($"{Markup.Escape(what)} written to {Markup.Escape(path)}.");
        }

        return 0;
    }
}
