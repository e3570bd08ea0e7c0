using System.Text;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Labels;

namespace BorderScreening.Model.Synthetic;

/// <summary>JSON-lines export of generated data: plain records (demo feeds) or labelled examples (training).</summary>
public static class SyntheticJsonLines
{
    /// <summary>Writes one record per line, as a feed would drop them (readable by the JSON-lines reader).</summary>
    public static async Task WriteRecordsAsync(Stream stream, IEnumerable<GeneratedExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        await WriteLinesAsync(stream, examples.Select(e => JsonSerializer.Serialize<ScreeningRecord>(e.Record, ScreeningJson.Options)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes labelled examples with provenance, one per line (see <see cref="LabelledExampleJsonLines"/>).</summary>
    public static Task WriteLabelledAsync(Stream stream, IEnumerable<LabelledExample> examples, CancellationToken cancellationToken = default) =>
        LabelledExampleJsonLines.WriteAsync(stream, examples, cancellationToken);

    /// <summary>Reads labelled examples (see <see cref="LabelledExampleJsonLines"/>).</summary>
    public static Task<IReadOnlyList<LabelledExample>> ReadLabelledAsync(Stream stream, CancellationToken cancellationToken = default) =>
        LabelledExampleJsonLines.ReadAsync(stream, cancellationToken);

    private static async Task WriteLinesAsync(Stream stream, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
