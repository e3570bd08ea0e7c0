using System.ComponentModel;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Domain.Records;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening report --from 2026-10-01 --to 2026-11-01 [-j CW -j AW] [--format md|html] [--publication] --out FILE</c>:
/// reads the statistics of each jurisdiction from the host's auditors' API (a token with
/// Audit.Read) and writes a Markdown or HTML report with bar charts.
/// </summary>
public sealed class ReportCommand : AsyncCommand<ReportCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>First day (UTC, inclusive).</summary>
        [CommandOption("--from")]
        [Description("first day of the period, yyyy-MM-dd (UTC, inclusive)")]
        public string From { get; init; } = "";

        /// <summary>Day after the last (UTC, exclusive).</summary>
        [CommandOption("--to")]
        [Description("end of the period, yyyy-MM-dd (UTC, exclusive)")]
        public string To { get; init; } = "";

        /// <summary>Jurisdictions (all when none).</summary>
        [CommandOption("-j|--jurisdiction")]
        [Description("jurisdiction code, repeatable (default: all)")]
        public string[] Jurisdictions { get; init; } = [];

        /// <summary>"md" or "html".</summary>
        [CommandOption("-f|--format")]
        [Description("md (with SVG chart files next to it) or html (charts inline)")]
        public string Format { get; init; } = "md";

        /// <summary>Output file.</summary>
        [CommandOption("-o|--out")]
        public string Out { get; init; } = "report.md";

        /// <summary>Suppress and round small counts (docs/statistics.md).</summary>
        [CommandOption("--publication")]
        public bool Publication { get; init; }

        /// <summary>Host URL.</summary>
        [CommandOption("--url")]
        [Description("host to read from (default http://127.0.0.1:7071)")]
        public string Url { get; init; } = "http://127.0.0.1:7071";

        /// <summary>Bearer token with Audit.Read (or env SCREENING_TOKEN).</summary>
        [CommandOption("--token")]
        public string? Token { get; init; }

        /// <inheritdoc />
        public override Spectre.Console.ValidationResult Validate()
        {
            if (!DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return Spectre.Console.ValidationResult.Error("--from must be a date, yyyy-MM-dd");
            }

            if (!DateOnly.TryParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return Spectre.Console.ValidationResult.Error("--to must be a date, yyyy-MM-dd");
            }

            if (Format is not ("md" or "html"))
            {
                return Spectre.Console.ValidationResult.Error("--format must be md or html");
            }

            foreach (var code in Jurisdictions)
            {
                if (!JurisdictionCodes.TryParse(code, out _))
                {
                    return Spectre.Console.ValidationResult.Error($"--jurisdiction {code} is not one of {string.Join(", ", JurisdictionCodes.All.Select(j => j.ToCode()))}");
                }
            }

            return Spectre.Console.ValidationResult.Success();
        }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = new Uri(settings.Url) };
        var token = settings.Token ?? Environment.GetEnvironmentVariable("SCREENING_TOKEN");
        if (!string.IsNullOrEmpty(token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var jurisdictions = settings.Jurisdictions.Length == 0
            ? JurisdictionCodes.All
            : settings.Jurisdictions.Select(c => JurisdictionCodes.TryParse(c, out var j) ? j : default).Distinct().ToList();
        var all = new List<JurisdictionStatistics>();
        foreach (var jurisdiction in jurisdictions)
        {
            var path = $"/api/statistics/{jurisdiction.ToCode()}?from={settings.From}&to={settings.To}&publication={(settings.Publication ? "true" : "false")}";
            using var response = await client.GetAsync(path, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                await Console.Error.WriteLineAsync($"{jurisdiction.ToCode()}: {(int)response.StatusCode} {body}");
                return (int)response.StatusCode is 400 ? 2 : 1;
            }

            all.Add(JsonSerializer.Deserialize<JurisdictionStatistics>(body, ScreeningJson.Options)!);
        }

        var output = Path.GetFullPath(settings.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        if (settings.Format == "html")
        {
            await File.WriteAllTextAsync(output, StatisticsReport.Html(all), cancellationToken);
        }
        else
        {
            var (markdown, charts) = StatisticsReport.Markdown(all, Path.GetFileNameWithoutExtension(output));
            await File.WriteAllTextAsync(output, markdown, cancellationToken);
            foreach (var chart in charts)
            {
                await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(output)!, chart.FileName), chart.Svg, cancellationToken);
            }
        }

        await Console.Out.WriteLineAsync($"Wrote {output} ({all.Count} jurisdiction(s), {(settings.Publication ? "for publication" : "exact figures")})");
        return 0;
    }
}
