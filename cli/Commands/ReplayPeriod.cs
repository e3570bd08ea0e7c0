using System.Globalization;
using BorderScreening.Application.Catalogues.Replay;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using Spectre.Console;

namespace BorderScreening.Cli.Commands;

/// <summary>The stored-history side of <c>screening backtest</c>: options, and the replay with its progress bar.</summary>
internal static class ReplayPeriod
{
    /// <summary>Checks the period options (both dates or neither, a known jurisdiction, a sane parallelism).</summary>
    public static ValidationResult Validate(string? from, string? to, IReadOnlyList<string> jurisdictions, int parallelism)
    {
        if (from is null && to is null)
        {
            return jurisdictions.Count == 0 ? ValidationResult.Success() : ValidationResult.Error("--jurisdiction needs --from and --to");
        }

        if (!TryDay(from, out var start) || !TryDay(to, out var end))
        {
            return ValidationResult.Error("--from and --to must both be dates, yyyy-MM-dd");
        }

        if (end <= start || end.AddDays(-(int)HistoryReplay.MaxPeriod.TotalDays) > start)
        {
            return ValidationResult.Error($"--to must come after --from, at most {HistoryReplay.MaxPeriod.TotalDays} days later");
        }

        if (jurisdictions.FirstOrDefault(code => !JurisdictionCodes.TryParse(code, out _)) is { } unknown)
        {
            return ValidationResult.Error($"--jurisdiction {unknown} is not one of {string.Join(", ", JurisdictionCodes.All.Select(j => j.ToCode()))}");
        }

        return parallelism is >= 1 and <= 64 ? ValidationResult.Success() : ValidationResult.Error("--parallelism must be 1 to 64");
    }

    /// <summary>The replay request for validated options.</summary>
    public static ReplayRequest Request(string from, string to, IReadOnlyList<string> jurisdictions, int parallelism, IndicatorCatalogue candidate)
    {
        TryDay(from, out var start);
        TryDay(to, out var end);
        return new ReplayRequest
        {
            From = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To = new DateTimeOffset(end.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Jurisdictions = jurisdictions.Count == 0 ? JurisdictionCodes.All : [.. jurisdictions.Select(c => JurisdictionCodes.TryParse(c, out var j) ? j : default).Distinct()],
            Parallelism = parallelism,
            Candidate = candidate,
        };
    }

    /// <summary>Replays from storage with a progress bar; null when the store holds nothing of the period.</summary>
    public static async Task<ReplayReport?> RunAsync(ReplayRequest request, CancellationToken cancellationToken)
    {
        await using var services = StorageServices.Build();
        var replay = services.GetRequiredService<HistoryReplay>();
        try
        {
            if (!await replay.AnyAsync(request, cancellationToken))
            {
                return null;
            }

            ReplayReport? report = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var bar = progress.AddTask("Replaying stored records", maxValue: replay.Plan(request).Count);
                    report = await replay.RunAsync(request, new Progress<ReplayProgress>(p =>
                    {
                        bar.Value = p.PartsDone;
                        bar.Description = $"Replaying stored records ({p.Records:N0} judged)";
                    }), cancellationToken);
                    bar.Value = bar.MaxValue;
                });
            return report;
        }
        catch (Azure.RequestFailedException ex)
        {
            throw new InvalidOperationException($"Storage is not reachable ({ex.Message.Split('\n')[0]}). Start `screening serve` or set Storage__ConnectionString.", ex);
        }
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
