using System.Text;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Csv;

/// <summary>
/// Reads a work-permit batch in CSV (RFC 4180, UTF-8 with or without BOM): a header row naming
/// the columns of <see cref="WorkPermitCsvColumns"/>, then one application per row. Each row is
/// read on its own, so a bad row never spoils its neighbours; errors name "line N.column".
/// Never throws. See docs/feeds.md.
/// </summary>
public sealed class WorkPermitCsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a UTF-8 body (a BOM is allowed).</summary>
    public ParsedBatch Read(ReadOnlyMemory<byte> utf8, WorkPermitCsvReadOptions options)
    {
        var limits = options?.Limits ?? new FeedLimits();
        if (utf8.Length > limits.MaxBodyBytes)
        {
            return ParsedBatch.Unreadable(new FieldError("$", $"is larger than {limits.MaxBodyBytes} bytes"));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(utf8.Span);
        }
        catch (DecoderFallbackException ex)
        {
            return ParsedBatch.Unreadable(new FieldError("$", $"is not valid UTF-8 (byte {ex.Index + 1})"));
        }

        return Read(text, options ?? new WorkPermitCsvReadOptions());
    }

    /// <summary>Reads CSV text.</summary>
    public ParsedBatch Read(string text, WorkPermitCsvReadOptions options)
    {
        try
        {
            return ReadCore(text ?? "", options ?? new WorkPermitCsvReadOptions());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A safety net: a reader bug must become a feed error, not a failed request.
            return ParsedBatch.Unreadable(new FieldError("$", $"could not be read ({ex.GetType().Name})"));
        }
    }

    private static ParsedBatch ReadCore(string text, WorkPermitCsvReadOptions options)
    {
        var limits = options.Limits ?? new FeedLimits();
        if (text.Length > limits.MaxBodyBytes)
        {
            return ParsedBatch.Unreadable(new FieldError("$", $"is larger than {limits.MaxBodyBytes} bytes"));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var validator = new RecordValidator(limits);
        using var rows = CsvTokenizer.Rows(text).Where(r => !r.IsBlank).GetEnumerator();
        if (!rows.MoveNext())
        {
            return ParsedBatch.Unreadable(new FieldError("line 1", "is empty: a header row naming the columns is required"));
        }

        var header = rows.Current;
        if (header.Error is not null)
        {
            return ParsedBatch.Unreadable(new FieldError($"line {header.Line}", header.Error));
        }

        var columns = new WorkPermitCsvColumns.Column?[header.Fields.Count];
        var headerWarnings = new List<string>(header.Warnings.Select(w => $"line {header.Line}: {w}"));
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < header.Fields.Count; c++)
        {
            var name = header.Fields[c].Trim();
            if (name.Length == 0)
            {
                headerWarnings.Add($"line {header.Line}: column {c + 1} has no name; its values are ignored");
                continue;
            }

            if (seen.TryGetValue(name, out var earlier))
            {
                return ParsedBatch.Unreadable(new FieldError($"line {header.Line}.{name}", $"column {c + 1} repeats column {earlier}"));
            }

            seen[name] = c + 1;
            columns[c] = WorkPermitCsvColumns.All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
            if (columns[c] is null)
            {
                headerWarnings.Add($"line {header.Line}: column '{name}' is not known; its values are ignored (see docs/feeds.md for the columns)");
            }
        }

        if (columns.All(c => c is null))
        {
            return ParsedBatch.Unreadable(new FieldError($"line {header.Line}", "names none of the known columns; is the header row missing?"));
        }

        var records = new List<ParsedRecord>();
        while (rows.MoveNext())
        {
            if (records.Count >= limits.MaxRecordsPerBatch)
            {
                return ParsedBatch.Unreadable(new FieldError("$", $"holds more than {limits.MaxRecordsPerBatch} rows; at most {limits.MaxRecordsPerBatch} are accepted in one batch"));
            }

            records.Add(ReadRow(rows.Current, records.Count, columns, headerWarnings, validator, options));
        }

        if (records.Count == 0)
        {
            return ParsedBatch.Unreadable(new FieldError($"line {header.Line + 1}", "no rows after the header"));
        }

        return new ParsedBatch(records, []);
    }

    private static ParsedRecord ReadRow(
        CsvRow row, int index, WorkPermitCsvColumns.Column?[] columns, List<string> headerWarnings, RecordValidator validator, WorkPermitCsvReadOptions options)
    {
        var prefix = $"line {row.Line}";
        var warnings = new List<string>(headerWarnings);
        warnings.AddRange(row.Warnings.Select(w => $"{prefix}: {w}"));
        if (row.Error is not null)
        {
            return ParsedRecord.Invalid(index, [new FieldError(prefix, row.Error)]);
        }

        if (row.Fields.Count > columns.Length)
        {
            return ParsedRecord.Invalid(index, [new FieldError(prefix, $"has {row.Fields.Count} fields but the header names {columns.Length} columns")]);
        }

        if (row.Fields.Count < columns.Length)
        {
            warnings.Add($"{prefix}: has {row.Fields.Count} fields, the header names {columns.Length}; the missing ones are read as empty");
        }

        var errors = new List<FieldError>();
        var record = new WorkPermitRecord { SourceSystem = options.SourceSystem ?? "" };
        var jurisdictionGiven = false;
        for (var c = 0; c < row.Fields.Count; c++)
        {
            var column = columns[c];
            var value = row.Fields[c].Trim();
            if (column is null || value.Length == 0)
            {
                continue;
            }

            record = column.Set(record, value, out var error);
            if (error is not null)
            {
                errors.Add(new FieldError($"{prefix}.{column.Name}", error));
            }
            else if (column.Name == "jurisdiction")
            {
                jurisdictionGiven = true;
            }
        }

        if (!jurisdictionGiven && !errors.Any(e => e.Path == $"{prefix}.jurisdiction"))
        {
            if (options.Jurisdiction is { } fallback)
            {
                record = record with { Jurisdiction = fallback };
            }
            else
            {
                errors.Add(new FieldError($"{prefix}.jurisdiction", "is required (no jurisdiction column value and none given with the batch)"));
            }
        }

        errors.AddRange(validator.Validate(record, options.Today, prefix + "."));
        return errors.Count == 0 ? ParsedRecord.Valid(index, record, warnings) : new ParsedRecord(index, record, errors, warnings);
    }
}
