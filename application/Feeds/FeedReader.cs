using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Feeds.Pnrgov;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds;

/// <summary>
/// Reads a whole feed body or file in any batch format, the one dispatch used by the file drops and
/// the command line. PAXLST and CSV take the source system and fallback jurisdiction from the caller;
/// JSON records carry their own. PNRGOV card numbers are turned into keyed references with
/// <paramref name="cards"/> (without it only their last four digits are kept).
/// </summary>
public sealed class FeedReader(FeedLimits limits, Pseudonymiser? cards = null)
{
    private readonly JsonRecordReader _json = new(limits, new RecordValidator(limits));
    private readonly PaxlstReader _paxlst = new();
    private readonly WorkPermitCsvReader _csv = new();
    private readonly PnrgovReader _pnrgov = new();

    /// <summary>The batch format a file name's extension says, or null when it names none.</summary>
    public static FeedFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".edi" or ".paxlst" or ".txt" => FeedFormat.Paxlst,
        ".pnr" or ".pnrgov" => FeedFormat.Pnrgov,
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
        // An .edi drop may hold either EDIFACT message; the UNH says which.
        FeedFormat.Paxlst when IsPnrgov(content) => Read(FeedFormat.Pnrgov, content, sourceSystem, jurisdiction, today),
        FeedFormat.Paxlst => _paxlst.Read(FeedText.Decode(content), new PaxlstReadOptions { SourceSystem = sourceSystem, Jurisdiction = jurisdiction, Today = today, Limits = limits }),
        FeedFormat.Pnrgov => _pnrgov.Read(FeedText.Decode(content), new PnrgovReadOptions { SourceSystem = sourceSystem, Jurisdiction = jurisdiction, Today = today, Limits = limits, Cards = cards }),
        FeedFormat.Csv => _csv.Read(content, new WorkPermitCsvReadOptions { SourceSystem = sourceSystem, Jurisdiction = jurisdiction, Today = today, Limits = limits }),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a batch format."),
    };

    /// <summary>Whether an EDIFACT text's first message is a PNRGOV (its UNH names the type).</summary>
    private static bool IsPnrgov(byte[] content)
    {
        var head = System.Text.Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 4096));
        var unh = head.IndexOf("UNH", StringComparison.Ordinal);
        return unh >= 0 && head.IndexOf("PNRGOV", unh, StringComparison.Ordinal) is var at && at > unh && at - unh < 40;
    }
}
