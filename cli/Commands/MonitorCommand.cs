using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Records;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening monitor --day 2026-11-27 [--jurisdiction CW] [--out report.md|report.json]</c>: computes
/// the day's monitoring reports from storage (the local host's Azurite unless Storage__ConnectionString
/// says otherwise), stores them with their alerts as the daily timer does, and prints or writes them.
/// Exits 3 when an alert was raised, so a script can act on it.
/// </summary>
public sealed class MonitorCommand : AsyncCommand<MonitorCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Day (UTC) of screening.</summary>
        [CommandOption("--day")]
        [Description("day of screening, yyyy-MM-dd (UTC)")]
        public string Day { get; init; } = "";

        /// <summary>One jurisdiction (all when absent).</summary>
        [CommandOption("--jurisdiction")]
        public string? Jurisdiction { get; init; }

        /// <summary>Output file (.json for JSON, otherwise Markdown); stdout when absent.</summary>
        [CommandOption("--out")]
        public string? Out { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(settings.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            AnsiConsole.MarkupLine("[red]--day must be a date as yyyy-MM-dd.[/]");
            return 1;
        }

        Jurisdiction? jurisdiction = null;
        if (settings.Jurisdiction is not null)
        {
            if (!JurisdictionCodes.TryParse(settings.Jurisdiction, out var parsed))
            {
                AnsiConsole.MarkupLine("[red]--jurisdiction must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA.[/]");
                return 1;
            }

            jurisdiction = parsed;
        }

        await using var services = StorageServices.Build();
        IReadOnlyList<MonitoringReport> reports;
        try
        {
            reports = await services.GetRequiredService<MonitoringService>().RunAsync(day, jurisdiction, cancellationToken);
        }
        catch (Azure.RequestFailedException ex)
        {
            AnsiConsole.MarkupLine($"[red]Storage is not reachable ({Markup.Escape(ex.Message.Split('\n')[0])}). Start `screening serve` or set Storage__ConnectionString.[/]");
            return 1;
        }

        var text = settings.Out?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true
            ? JsonSerializer.Serialize(reports, ScreeningJson.Options)
            : MonitoringReportMarkdown.Render(reports);
        if (settings.Out is null)
        {
            Console.WriteLine(text);
        }
        else
        {
            await File.WriteAllTextAsync(settings.Out, text, cancellationToken);
            AnsiConsole.MarkupLine($"{reports.Count} report(s) written to {Markup.Escape(settings.Out)}.");
        }

        var alerts = reports.Sum(r => r.Alerts.Count);
        if (alerts > 0)
        {
            AnsiConsole.MarkupLine($"[yellow]{alerts} alert(s) raised.[/]");
        }

        return alerts > 0 ? 3 : 0;
    }
}
