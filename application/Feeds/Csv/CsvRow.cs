namespace BorderScreening.Application.Feeds.Csv;

/// <summary>One CSV record as tokenized.</summary>
/// <param name="Line">1-based line on which the record starts.</param>
/// <param name="Fields">The field values, quotes removed.</param>
/// <param name="Error">Set when the record cannot be read (an unclosed quote).</param>
/// <param name="Warnings">Tolerated deviations from RFC 4180.</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields, string? Error, IReadOnlyList<string> Warnings)
{
    /// <summary>Whether the row is empty (a blank line).</summary>
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0 && Error is null;
}
