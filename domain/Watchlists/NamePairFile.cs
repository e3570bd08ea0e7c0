namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// Reads a name-pair file: CSV with the header
/// <c>given_a,surname_a,birth_a,given_b,surname_b,birth_b,match</c> (more columns after these are
/// ignored), birth dates <c>YYYY-MM-DD</c>, <c>YYYY</c> or empty, <c>match</c> true/false or empty.
/// A bad line is reported with its number and skipped; the others are read.
/// </summary>
public static class NamePairFile
{
    /// <summary>The header the file must start with.</summary>
    public static readonly IReadOnlyList<string> Header = ["given_a", "surname_a", "birth_a", "given_b", "surname_b", "birth_b", "match"];

    /// <summary>Reads every line; errors name the line and the column.</summary>
    public static (IReadOnlyList<NamePair> Pairs, IReadOnlyList<string> Errors) Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pairs = new List<NamePair>();
        var errors = new List<string>();
        var header = reader.ReadLine();
        var columns = header is null ? null : CsvLine.Split(header.TrimStart('\uFEFF'));
        if (columns is null || columns.Count < Header.Count || !columns.Take(Header.Count).Select(c => c.Trim()).SequenceEqual(Header, StringComparer.Ordinal))
        {
            errors.Add($"line 1: the header must be {string.Join(',', Header)}");
            return (pairs, errors);
        }

        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var f = CsvLine.Split(line);
            if (f is null || f.Count < Header.Count)
            {
                errors.Add($"line {number}: expected {Header.Count} columns");
                continue;
            }

            if (!PartialDate.TryParse(f[2], out var birthA))
            {
                errors.Add($"line {number}: birth_a must be YYYY-MM-DD, YYYY or empty");
                continue;
            }

            if (!PartialDate.TryParse(f[5], out var birthB))
            {
                errors.Add($"line {number}: birth_b must be YYYY-MM-DD, YYYY or empty");
                continue;
            }

            bool? match = f[6].Trim().ToUpperInvariant() switch
            {
                "" => null,
                "TRUE" => true,
                "FALSE" => false,
                _ => default(bool?),
            };
            if (match is null && f[6].Trim().Length > 0)
            {
                errors.Add($"line {number}: match must be true, false or empty");
                continue;
            }

            pairs.Add(new NamePair(number, f[0], f[1], birthA, f[3], f[4], birthB, match));
        }

        return (pairs, errors);
    }
}
