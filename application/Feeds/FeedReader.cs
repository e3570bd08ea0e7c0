using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds;

/// <summary>
/// Reads a whole feed body or file in any batch format, the one dispatch used by the file drops and
/// the command line. PAXLST and CSV take the source system and fallback jurisdiction from the caller;
/// JSON records carry their own.
/// </summary>
public sealed class FeedReader(FeedLimits limits)
{
    private readonly JsonRecordReader _json = new(limits, new RecordValidator(limits));
    private readonly PaxlstReader _paxlst = new();
    private readonly WorkPermitCsvReader _csv = new();

    /// <summary>The batch format a file name's extension says, or null when it names none.</summary>
    public static FeedFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".edi" or ".paxlst" or ".txt" => FeedFormat.Paxlst,
        ".jsonl" or ".ndjson" => FeedFormat.JsonLines,
        ".json" => FeedFormat.Json,
        ".csv" => FeedFormat.Csv,
        _ => null,
    };

    /// <summary>Reads a batch; <see cref="FeedFormat.Mrz"/> is not a batch format and is refused.</summary>
    public ParsedBatch Read(FeedFormat format, byte[] content, string sourceSystem, Jurisdiction? jurisdiction, DateOnly today) => format switch
    {
        FeedFormat.Json => _json.Read(content, today),
        FeedFormat.JsonLines => _json.ReadLines(content, today),
        FeedFormat.Paxlst => _paxlst.Read(FeedText.Decode(content), new PaxlstReadOptions { SourceSystem = sourceSystem, Jurisdiction = jurisdiction, Today = today, Limits = limits }),
        FeedFormat.Csv => _csv.Read(content, new WorkPermitCsvReadOptions { SourceSystem = sourceSystem, Jurisdiction = jurisdiction, Today = today, Limits = limits }),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a batch format."),
    };
}
