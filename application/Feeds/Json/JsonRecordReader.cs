using System.Text;
using System.Text.Json;
using BorderScreening.Application.Feeds.Mrz;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Json;

/// <summary>
/// Reads records in our JSON schema: one record object, an array of them, a
/// <c>{"records": [...]}</c> batch, or JSON lines. Each record is read on its own, so one bad record
/// never spoils its neighbours.
/// </summary>
public sealed class JsonRecordReader(FeedLimits limits, RecordValidator validator)
{
    /// <summary>Reads a JSON body.</summary>
    public ParsedBatch Read(ReadOnlyMemory<byte> utf8, DateOnly today)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = limits.MaxJsonDepth });
        }
        catch (JsonException ex)
        {
            return ParsedBatch.Unreadable(new FieldError(
                "$",
                $"is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("records", out var records))
            {
                return records.ValueKind == JsonValueKind.Array
                    ? ReadArray(records, "records", today)
                    : ParsedBatch.Unreadable(new FieldError("records", "must be an array"));
            }

            return root.ValueKind switch
            {
                JsonValueKind.Array => ReadArray(root, "records", today),
                JsonValueKind.Object => new ParsedBatch([ReadOne(root, 0, "records[0]", today)], []),
                _ => ParsedBatch.Unreadable(new FieldError("$", "must be a record object, an array of records or {\"records\": [...]}")),
            };
        }
    }

    /// <summary>Reads JSON lines (one record per non-empty line), as dropped in files.</summary>
    public ParsedBatch ReadLines(ReadOnlyMemory<byte> utf8, DateOnly today)
    {
        var text = Encoding.UTF8.GetString(utf8.Span).TrimStart('\uFEFF');
        var results = new List<ParsedRecord>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (results.Count >= limits.MaxRecordsPerBatch)
            {
                return new ParsedBatch(results, [new FieldError("$", $"more than {limits.MaxRecordsPerBatch} records in one file")]);
            }

            var path = $"line {lineNumber}";
            try
            {
                using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = limits.MaxJsonDepth });
                results.Add(ReadOne(doc.RootElement, results.Count, path, today));
            }
            catch (JsonException)
            {
                results.Add(ParsedRecord.Invalid(results.Count, [new FieldError(path, "is not valid JSON")]));
            }
        }

        return new ParsedBatch(results, []);
    }

    private ParsedBatch ReadArray(JsonElement array, string path, DateOnly today)
    {
        var count = array.GetArrayLength();
        if (count == 0)
        {
            return ParsedBatch.Unreadable(new FieldError(path, "must hold at least one record"));
        }

        if (count > limits.MaxRecordsPerBatch)
        {
            return ParsedBatch.Unreadable(new FieldError(path, $"holds {count} records; at most {limits.MaxRecordsPerBatch} are accepted in one batch"));
        }

        var results = new List<ParsedRecord>(count);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            results.Add(ReadOne(element, index, $"{path}[{index}]", today));
            index++;
        }

        return new ParsedBatch(results, []);
    }

    private ParsedRecord ReadOne(JsonElement element, int index, string path, DateOnly today)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ParsedRecord.Invalid(index, [new FieldError(path, "must be an object")]);
        }

        if (!element.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            return ParsedRecord.Invalid(index, [new FieldError($"{path}.kind", "is required: \"traveller\" or \"workPermit\"")]);
        }

        if (kind.GetString() is not ("traveller" or "workPermit"))
        {
            return ParsedRecord.Invalid(index, [new FieldError($"{path}.kind", "must be \"traveller\" or \"workPermit\"")]);
        }

        ScreeningRecord? record;
        try
        {
            record = element.Deserialize<ScreeningRecord>(ScreeningJson.Options);
        }
        catch (JsonException ex)
        {
            return ParsedRecord.Invalid(index, [new FieldError(JoinPath(path, ex.Path), ReadableMessage(ex))]);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            return ParsedRecord.Invalid(index, [new FieldError(path, "could not be read as a record")]);
        }

        if (record is null)
        {
            return ParsedRecord.Invalid(index, [new FieldError(path, "must be an object")]);
        }

        var errors = validator.Validate(record, today, path + ".");
        if (errors.Count > 0)
        {
            return ParsedRecord.Invalid(index, errors, record);
        }

        // MRZ lines are verified at intake: a failed check or a disagreement is an observation, never a rejection.
        if (record is TravellerRecord { Document.Mrz.Count: > 0 } traveller)
        {
            var (verified, warnings) = MrzIntakeCheck.Verify(traveller, today);
            return ParsedRecord.Valid(index, verified, warnings);
        }

        return ParsedRecord.Valid(index, record);
    }

    private static string JoinPath(string prefix, string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return prefix;
        }

        return prefix + (jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[1..] : jsonPath.TrimStart('$'));
    }

    private static string ReadableMessage(JsonException ex)
    {
        // The serializer's messages name CLR types; feeds need the expected shape instead.
        var message = ex.Message;
        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "has the wrong type or format (dates are yyyy-MM-dd, times ISO 8601 with offset, enums by name)";
        }

        return ex.InnerException is null && !message.Contains("System.", StringComparison.Ordinal)
            ? message
            : "is not in the expected format";
    }
}
