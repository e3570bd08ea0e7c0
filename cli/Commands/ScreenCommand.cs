using System.ComponentModel;
using System.Net.Http.Headers;
using System.Text.Json;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Synthetic;
using Microsoft.Extensions.Options;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening screen --format json|jsonl|paxlst|pnrgov|csv FILE [--url URL --token T | --offline]</c>:
/// screens a feed file against a running host (the same endpoints a feed uses) or offline (the
/// shipped catalogue and model in-process, network counts within the file only, nothing stored),
/// printing one result per record as JSON.
/// </summary>
public sealed class ScreenCommand : AsyncCommand<ScreenCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Input format.</summary>
        [CommandOption("-f|--format")]
        public string Format { get; init; } = "json";

        /// <summary>File.</summary>
        [CommandArgument(0, "<file>")]
        public string File { get; init; } = "";

        /// <summary>Host URL.</summary>
        [CommandOption("--url")]
        [Description("host to send to (default http://127.0.0.1:7071)")]
        public string Url { get; init; } = "http://127.0.0.1:7071";

        /// <summary>Bearer token (or env SCREENING_TOKEN).</summary>
        [CommandOption("--token")]
        public string? Token { get; init; }

        /// <summary>Source system for PAXLST and CSV.</summary>
        [CommandOption("--source")]
        public string Source { get; init; } = "CLI";

        /// <summary>Screen in-process without a host.</summary>
        [CommandOption("--offline")]
        public bool Offline { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            await Console.Error.WriteLineAsync($"{settings.File} does not exist");
            return 1;
        }

        var bytes = await System.IO.File.ReadAllBytesAsync(settings.File, cancellationToken);
        return settings.Offline ? Offline(settings, bytes) : await OnlineAsync(settings, bytes, cancellationToken);
    }

    private static async Task<int> OnlineAsync(Settings settings, byte[] bytes, CancellationToken cancellationToken)
    {
        var format = settings.Format.ToLowerInvariant();
        var (path, mediaType, body) = format switch
        {
            "paxlst" => ($"/api/feeds/paxlst?sourceSystem={Uri.EscapeDataString(settings.Source)}", "application/edifact", bytes),
            "pnrgov" => ($"/api/feeds/pnrgov?sourceSystem={Uri.EscapeDataString(settings.Source)}", "application/edifact", bytes),
            "csv" => ($"/api/feeds/work-permits?sourceSystem={Uri.EscapeDataString(settings.Source)}", "text/csv", bytes),
            "jsonl" => ("/api/screenings", "application/json", JsonSerializer.SerializeToUtf8Bytes(
                new { records = Parse(settings, bytes).Records.Where(r => r.Record is not null).Select(r => r.Record) }, ScreeningJson.Options)),
            _ => ("/api/screenings", "application/json", bytes),
        };
        using var client = new HttpClient { BaseAddress = new Uri(settings.Url) };
        var token = settings.Token ?? Environment.GetEnvironmentVariable("SCREENING_TOKEN");
        if (!string.IsNullOrEmpty(token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await client.PostAsync(path, content, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            await Console.Out.WriteLineAsync(answer);
            return 0;
        }

        await Console.Error.WriteLineAsync(answer);
        return (int)response.StatusCode is 400 or 422 ? 2 : 1;
    }

    private static int Offline(Settings settings, byte[] bytes)
    {
        var batch = Parse(settings, bytes);
        var pipeline = new ScreeningPipeline(
            new CatalogueIndicatorEvaluator(IndicatorCatalogueHolder.FromEmbedded()),
            MlNetRiskModel.LoadShipped(),
            new RiskCalculator(Options.Create(new RiskOptions())));
        var counter = new RollingNetworkCounter();
        var now = TimeProvider.System.GetUtcNow();
        var results = batch.Records.Select(r =>
        {
            if (!r.IsValid)
            {
                return (object)new { index = r.Index, status = "rejected", errors = r.Errors };
            }

            var scored = pipeline.Score(new ScreeningContext(r.Record!, new Pseudonyms(), counter.Add(r.Record!, now), now));
            return new
            {
                index = r.Index,
                status = "screened",
                score = scored.Risk.Score,
                band = scored.Risk.Band,
                hit = scored.Risk.IsHit,
                indicators = scored.Indicators.Fired.Select(f => new { f.Id, f.ExplanationEn }),
                modelProbability = scored.Model.Probability,
                warnings = r.Warnings,
            };
        }).ToList();
        Console.WriteLine(JsonSerializer.Serialize(new { offline = true, catalogue = pipeline.CatalogueVersion, model = pipeline.ModelVersion, errors = batch.Errors, results }, ScreeningJson.Options));
        return batch.IsUnreadable ? 1 : 0;
    }

    private static ParsedBatch Parse(Settings settings, byte[] bytes)
    {
        var format = settings.Format.ToLowerInvariant() switch
        {
            "jsonl" => FeedFormat.JsonLines,
            "paxlst" => FeedFormat.Paxlst,
            "pnrgov" => FeedFormat.Pnrgov,
            "csv" => FeedFormat.Csv,
            _ => FeedFormat.Json,
        };
        return new FeedReader(new FeedLimits()).Read(format, bytes, settings.Source, null, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
    }
}
