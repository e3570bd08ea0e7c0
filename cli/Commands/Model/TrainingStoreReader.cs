using System.Globalization;
using BorderScreening.Application.Learning;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Training;
using BorderScreening.Model.Training.Runs;
using Spectre.Console;

namespace BorderScreening.Cli.Commands.Model;

/// <summary>Reads decided cases with their stored features straight from the store for <c>model train</c>.</summary>
internal static class TrainingStoreReader
{
    /// <summary>Progress stage shown while reading.</summary>
    public const string Stage = "Read store";

    /// <summary>Checks the period options.</summary>
    public static ValidationResult Validate(string from, string to, IReadOnlyList<string> jurisdictions, int parallelism)
    {
        if (!TryDay(from, out var start) || !TryDay(to, out var end))
        {
            return ValidationResult.Error("--from and --to must both be dates, yyyy-MM-dd");
        }

        if (end <= start)
        {
            return ValidationResult.Error("--to must come after --from");
        }

        if (jurisdictions.FirstOrDefault(code => !JurisdictionCodes.TryParse(code, out _)) is { } unknown)
        {
            return ValidationResult.Error($"--jurisdiction {unknown} is not one of {string.Join(", ", JurisdictionCodes.All.Select(j => j.ToCode()))}");
        }

        return parallelism is >= 1 and <= 64 ? ValidationResult.Success() : ValidationResult.Error("--parallelism must be 1 to 64");
    }

    /// <summary>The query for validated options.</summary>
    public static TrainingQuery Query(string from, string to, IReadOnlyList<string> jurisdictions, int parallelism)
    {
        TryDay(from, out var start);
        TryDay(to, out var end);
        return new TrainingQuery
        {
            From = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To = new DateTimeOffset(end.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Jurisdictions = jurisdictions.Count == 0 ? JurisdictionCodes.All : [.. jurisdictions.Select(c => JurisdictionCodes.TryParse(c, out var j) ? j : default).Distinct()],
            Parallelism = parallelism,
        };
    }

    /// <summary>Reads the period from the store's services (the local host's Azurite unless Storage__ConnectionString says otherwise).</summary>
    public static async Task<(IReadOnlyList<LabelledExample> Examples, TrainingInput Input)> ReadAsync(
        string from, string to, IReadOnlyList<string> jurisdictions, int parallelism, IProgress<TrainingProgress> progress, CancellationToken cancellationToken)
    {
        await using var services = StorageServices.Build();
        return await ReadAsync(services.GetRequiredService<ITrainingDataSource>(), Query(from, to, jurisdictions, parallelism), progress, cancellationToken);
    }

    /// <summary>Reads the query from <paramref name="source"/>, in screening-time order.</summary>
    public static async Task<(IReadOnlyList<LabelledExample> Examples, TrainingInput Input)> ReadAsync(
        ITrainingDataSource source, TrainingQuery query, IProgress<TrainingProgress> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(query);
        var examples = new List<LabelledExample>();
        var reporter = new Progress<TrainingReadProgress>(p => progress.Report(new TrainingProgress(
            Stage,
            p.Phase == "labels" ? 0 : p.Total is > 0 ? p.Done / (double)p.Total.Value : 0,
            string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Done:N0}{(p.Total is { } t ? $" of {t:N0}" : "")}"))));
        await foreach (var row in source.ReadAsync(query, reporter, cancellationToken))
        {
            examples.Add(StoredLabelledExamples.From(row));
        }

        progress.Report(new TrainingProgress(Stage, 1, $"{examples.Count:N0} labels"));
        var input = new TrainingInput("store", From: Day(query.From), To: Day(query.To), Jurisdictions: [.. query.Jurisdictions.Select(j => j.ToCode())]);
        // Time order across jurisdictions (stable: within a time, jurisdiction order as read).
        return ([.. examples.OrderBy(e => e.ScreenedAt)], input);
    }

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
