using System.Globalization;
using System.Text;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// The false matches reviewers reported on a list, as a labelled-pairs file: the columns
/// <c>screening watchlist evaluate-pairs</c> reads (every pair with match = false), then where each
/// came from. A list manager re-checks the list's threshold on them.
/// </summary>
public static class FalseMatchCsv
{
    /// <summary>The columns after the pair: where each pair came from.</summary>
    public static readonly IReadOnlyList<string> Provenance = ["case_id", "entry_id", "jurisdiction", "reported_at"];

    /// <summary>The file, header first.</summary>
    public static string Write(IEnumerable<FalseMatch> falseMatches)
    {
        ArgumentNullException.ThrowIfNull(falseMatches);
        var csv = new StringBuilder();
        csv.Append(CsvLine.Join([.. NamePairFile.Header, .. Provenance])).Append("\r\n");
        foreach (var f in falseMatches.OrderBy(f => f.ReportedAt))
        {
            csv.Append(CsvLine.Join(
            [
                Cell(f.GivenA), Cell(f.SurnameA), f.BirthA, Cell(f.GivenB), Cell(f.SurnameB), f.BirthB, "false",
                f.CaseId, f.EntryId, f.Jurisdiction.ToCode(), f.ReportedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ])).Append("\r\n");
        }

        return csv.ToString();
    }

    // A spreadsheet would run a cell starting with = + - @ as a formula: such a name is written with a leading quote.
    private static string Cell(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
