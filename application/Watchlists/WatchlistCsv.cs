using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// Reads a bulk import: CSV with the header
/// <c>entry_id,kind,given_names,name,birth_date,value,document_type,issuing_state,reason,source,valid_from,valid_to</c>.
/// Each line becomes a request; a line that cannot be read is an error naming the line.
/// </summary>
public static class WatchlistCsv
{
    /// <summary>The header an import file starts with.</summary>
    public static readonly IReadOnlyList<string> Header =
        ["entry_id", "kind", "given_names", "name", "birth_date", "value", "document_type", "issuing_state", "reason", "source", "valid_from", "valid_to"];

    /// <summary>Requests by line number, and the lines that could not be read.</summary>
    public static (IReadOnlyList<(int Line, WatchlistEntryRequest Request)> Requests, IReadOnlyList<FieldError> Errors) Read(TextReader reader, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var requests = new List<(int, WatchlistEntryRequest)>();
        var errors = new List<FieldError>();
        var header = reader.ReadLine() is { } h ? CsvLine.Split(h.TrimStart('\uFEFF')) : null;
        if (header is null || !header.Select(c => c.Trim()).SequenceEqual(Header, StringComparer.Ordinal))
        {
            errors.Add(new FieldError("line 1", "the header must be " + string.Join(',', Header)));
            return (requests, errors);
        }

        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (number - 1 > maxLines)
            {
                errors.Add(new FieldError($"line {number}", $"an import holds at most {maxLines} lines; the rest was not read"));
                break;
            }

            var f = CsvLine.Split(line);
            if (f is null || f.Count != Header.Count)
            {
                errors.Add(new FieldError($"line {number}", $"expected {Header.Count} columns"));
                continue;
            }

            static string? V(string s) => string.IsNullOrWhiteSpace(s) ? null : s;
            requests.Add((number, new WatchlistEntryRequest
            {
                EntryId = V(f[0]), Kind = V(f[1]), GivenNames = V(f[2]), Name = V(f[3]), BirthDate = V(f[4]), Value = V(f[5]),
                DocumentType = V(f[6]), IssuingState = V(f[7]), Reason = V(f[8]), Source = V(f[9]), ValidFrom = V(f[10]), ValidTo = V(f[11]),
            }));
        }

        return (requests, errors);
    }
}
