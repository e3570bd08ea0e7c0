using System.ComponentModel;
using System.Text.Json;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Mrz;
using BorderScreening.Domain.Records;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening parse --format json|jsonl|paxlst|pnrgov|csv|mrz FILE</c>: prints the normalised records as a
/// JSON array on stdout; problems go to stderr as RFC 7807 problem details. Exit code 1 when nothing
/// could be read, 2 when some records were rejected.
/// </summary>
public sealed class ParseCommand : AsyncCommand<ParseCommand.Settings>
{
    /// <summary>Options of the parse command.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Input format.</summary>
        [CommandOption("-f|--format")]
        [Description("json, jsonl, paxlst, pnrgov, csv or mrz")]
        public string Format { get; init; } = "json";

        /// <summary>Source system set on PAXLST and CSV records.</summary>
        [CommandOption("--source")]
        [Description("source system for PAXLST, PNRGOV and CSV records (default CLI)")]
        public string? SourceSystem { get; init; }

        /// <summary>Fallback jurisdiction for PAXLST and CSV.</summary>
        [CommandOption("--jurisdiction")]
        [Description("jurisdiction when the input does not say (AW, CW, SX, BQ-BO, BQ-SE, BQ-SA)")]
        public string? Jurisdiction { get; init; }

        /// <summary>File to read.</summary>
        [CommandArgument(0, "<file>")]
        public string File { get; init; } = "";
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            await WriteProblemAsync("file", $"{settings.File} does not exist");
            return 1;
        }

        var bytes = await System.IO.File.ReadAllBytesAsync(settings.File, cancellationToken);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var source = string.IsNullOrWhiteSpace(settings.SourceSystem) ? "CLI" : settings.SourceSystem;
        Jurisdiction? jurisdiction = JurisdictionCodes.TryParse(settings.Jurisdiction, out var j) ? j : null;
        FeedFormat format;
        switch (settings.Format.ToLowerInvariant())
        {
            case "mrz":
                return await WriteMrzAsync(MrzParser.Parse(FeedText.Decode(bytes), today));
            case "json":
                format = FeedFormat.Json;
                break;
            case "jsonl":
                format = FeedFormat.JsonLines;
                break;
            case "paxlst":
                format = FeedFormat.Paxlst;
                break;
            case "csv":
                format = FeedFormat.Csv;
                break;
            case "pnrgov":
                // No pseudonymisation keys here: card numbers keep only their last four digits.
                format = FeedFormat.Pnrgov;
                break;
            default:
                await WriteProblemAsync("format", $"unknown format '{settings.Format}'; use json, jsonl, paxlst, pnrgov, csv or mrz");
                return 1;
        }

        var batch = new FeedReader(new FeedLimits()).Read(format, bytes, source, jurisdiction, today);
        return await WriteAsync(batch);
    }

    private static async Task<int> WriteMrzAsync(MrzResult result)
    {
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(
            new[]
            {
                new
                {
                    format = result.Format?.ToString(),
                    fields = result.Fields,
                    checkDigits = result.CheckDigits.Select(c => new { name = c.Name, declared = c.Declared.ToString(), computed = c.Computed, valid = c.IsValid }),
                    valid = result.IsValid,
                    warnings = result.Warnings,
                },
            },
            ScreeningJson.Options));
        if (result.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync(JsonSerializer.Serialize(
                new { type = "https://border-screening.example/problems/validation", title = "The MRZ did not pass every check", status = 400, errors = result.Errors.Select(e => new { path = e.Path, message = e.Message }) },
                ScreeningJson.Options));
        }

        return result.Format is null ? 1 : result.IsValid ? 0 : 2;
    }

    /// <summary>Writes records to stdout and problems to stderr; returns the exit code.</summary>
    internal static async Task<int> WriteAsync(ParsedBatch batch)
    {
        var records = batch.Records.Where(r => r.Record is not null && r.IsValid).Select(r => r.Record).ToList();
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(records, ScreeningJson.Options));
        var errors = batch.Errors.Select(e => new { index = (int?)null, path = e.Path, message = e.Message })
            .Concat(batch.Records.SelectMany(r => r.Errors.Select(e => new { index = (int?)r.Index, path = e.Path, message = e.Message })))
            .ToList();
        var warnings = batch.Records.SelectMany(r => r.Warnings.Select(w => new { index = r.Index, warning = w })).ToList();
        if (errors.Count > 0 || warnings.Count > 0)
        {
            await Console.Error.WriteLineAsync(JsonSerializer.Serialize(
                new
                {
                    type = "https://border-screening.example/problems/validation",
                    title = errors.Count > 0 ? "The input holds records that could not be read" : "The input was read with warnings",
                    status = 400,
                    errors,
                    warnings,
                },
                ScreeningJson.Options));
        }

        return records.Count == 0 ? 1 : errors.Count > 0 ? 2 : 0;
    }

    private static Task WriteProblemAsync(string path, string message) =>
        Console.Error.WriteLineAsync(JsonSerializer.Serialize(
            new { type = "https://border-screening.example/problems/validation", title = "Nothing could be read", status = 400, errors = new[] { new { path, message } } },
            ScreeningJson.Options));
}
