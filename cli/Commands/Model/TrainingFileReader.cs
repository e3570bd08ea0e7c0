using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Training;
using BorderScreening.Model.Training.Runs;

namespace BorderScreening.Cli.Commands.Model;

/// <summary>Reads a label export (JSON lines or Parquet, by extension) for <c>model train</c>, reporting how far into the file it is.</summary>
internal static class TrainingFileReader
{
    /// <summary>Progress stage shown while reading.</summary>
    public const string Stage = "Read labels";

    /// <summary>Reads the file.</summary>
    public static async Task<(IReadOnlyList<LabelledExample> Examples, TrainingInput Input)> ReadAsync(string path, IProgress<TrainingProgress> progress, CancellationToken cancellationToken)
    {
        var parquet = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
        await using var stream = File.OpenRead(path);
        progress.Report(new TrainingProgress(Stage, 0, Path.GetFileName(path)));
        var reading = parquet
            ? LabelledExampleParquet.ReadAsync(stream, cancellationToken)
            : LabelledExampleJsonLines.ReadAsync(stream, cancellationToken);
        // The readers take the whole stream; the bar follows the stream's position.
        while (await Task.WhenAny(reading, Task.Delay(200, cancellationToken)) != reading)
        {
            progress.Report(new TrainingProgress(Stage, stream.Length == 0 ? 0 : stream.Position / (double)stream.Length, Path.GetFileName(path)));
        }

        var examples = await reading;
        progress.Report(new TrainingProgress(Stage, 1, $"{examples.Count:N0} labels"));
        return (examples, new TrainingInput("labels-file", Path.GetFileName(path), parquet ? "parquet" : "jsonl"));
    }
}
