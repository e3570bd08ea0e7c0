using System.Text;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;

namespace BorderScreening.Model.Serving.Labels;

/// <summary>
/// Labelled examples as JSON lines (one <see cref="LabelledExample"/> per line, the shared record
/// JSON options): the form review exports and synthetic exports share, and what training imports.
/// </summary>
public static class LabelledExampleJsonLines
{
    /// <summary>Writes one example per line.</summary>
    public static async Task WriteAsync(Stream stream, IEnumerable<LabelledExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(examples);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var example in examples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(JsonSerializer.Serialize(example, ScreeningJson.Options)).ConfigureAwait(false);
        }
    }

    /// <summary>Reads every non-empty line; a bad line fails the import with its line number.</summary>
    public static async Task<IReadOnlyList<LabelledExample>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var result = new List<LabelledExample>();
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                result.Add(JsonSerializer.Deserialize<LabelledExample>(line, ScreeningJson.Options)
                    ?? throw new InvalidDataException($"Line {lineNumber}: null example."));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"Line {lineNumber}: {ex.Message}", ex);
            }
        }

        return result;
    }
}
