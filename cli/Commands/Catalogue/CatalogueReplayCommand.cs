using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary>
/// <c>screening catalogue replay VERSION --from D --to D [-j CW] [--json] [--no-wait]</c>: the host fans a
/// replay of its stored history out over its workers; the command follows the slices with a progress bar
/// and prints the report (Markdown, or the JSON answer). Exit codes as the other catalogue commands.
/// </summary>
public sealed class CatalogueReplayCommand : AsyncCommand<CatalogueReplayCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CatalogueHostSettings
    {
        /// <summary>Stored candidate version.</summary>
        [CommandArgument(0, "<version>")]
        public string Version { get; init; } = "";

        /// <summary>First day.</summary>
        [CommandOption("--from")]
        [Description("first day (UTC, inclusive) of the stored period, YYYY-MM-DD")]
        public string From { get; init; } = "";

        /// <summary>End.</summary>
        [CommandOption("--to")]
        [Description("end (UTC, exclusive) of the stored period, YYYY-MM-DD; at most 400 days after --from")]
        public string To { get; init; } = "";

        /// <summary>One jurisdiction.</summary>
        [CommandOption("-j|--jurisdiction")]
        [Description("one jurisdiction to replay (default: all)")]
        public string? Jurisdiction { get; init; }

        /// <summary>Print the JSON answer instead of the Markdown report.</summary>
        [CommandOption("--json")]
        public bool Json { get; init; }

        /// <summary>Start the job and print its id without waiting.</summary>
        [CommandOption("--no-wait")]
        public bool NoWait { get; init; }

        /// <summary>How long to wait for the report.</summary>
        [CommandOption("--timeout-minutes")]
        [Description("how long to follow the job before giving up (default 120; the job goes on)")]
        public int TimeoutMinutes { get; init; } = 120;

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            !DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? ValidationResult.Error("--from must be a date YYYY-MM-DD")
            : !DateOnly.TryParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? ValidationResult.Error("--to must be a date YYYY-MM-DD")
            : TimeoutMinutes < 1 ? ValidationResult.Error("--timeout-minutes must be positive")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var query = $"from={settings.From}&to={settings.To}" + (settings.Jurisdiction is { } j ? "&jurisdiction=" + Uri.EscapeDataString(j) : "");
        string? location = null;
        var started = await CatalogueClient.SendAsync(
            settings,
            HttpMethod.Post,
            $"/api/catalogues/{Uri.EscapeDataString(settings.Version)}/replays?{query}",
            null,
            body =>
            {
                var answer = JsonNode.Parse(body)!;
                location = answer["status"]?.GetValue<string>();
                return $"Replay {answer["jobId"]} started: {answer["parts"]} shard-days in {answer["slices"]} slices.";
            },
            cancellationToken);
        if (started != 0 || settings.NoWait || location is null)
        {
            return started;
        }

        using var client = CatalogueClient.Create(settings, TimeSpan.FromMinutes(1));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(settings.TimeoutMinutes));
        JsonNode? done = null;
        try
        {
            done = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("slices");
                    while (true)
                    {
                        var status = JsonNode.Parse(await client.GetStringAsync(location, deadline.Token))!;
                        var slices = status["slices"]!.GetValue<int>();
                        task.MaxValue = slices;
                        task.Value = status["slicesDone"]!.GetValue<int>();
                        task.Description = $"slices {task.Value:N0} of {slices:N0}";
                        if (status["state"]!.GetValue<string>() is "done" or "failed")
                        {
                            return status;
                        }

                        await Task.Delay(TimeSpan.FromSeconds(1), deadline.Token);
                    }
                });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"Still running after {settings.TimeoutMinutes} minutes; follow it at {location}.");
            return 1;
        }
        catch (HttpRequestException ex)
        {
            await Console.Error.WriteLineAsync($"Cannot follow {location}: {ex.Message}");
            return 1;
        }

        if (done["state"]!.GetValue<string>() == "failed")
        {
            await Console.Error.WriteLineAsync($"Replay failed: slices {done["slicesFailed"]!.ToJsonString()} failed every run; see the host's log, fix the cause and start it again.");
            return 1;
        }

        await Console.Out.WriteLineAsync(settings.Json ? done.ToJsonString() : done["result"]?["markdown"]?.GetValue<string>() ?? done.ToJsonString());
        return 0;
    }
}
