using System.Globalization;
using System.Text;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>
/// A check plan as RFC 4180 CSV for the joint inspection's own tools. Every cell that a spreadsheet
/// would read as a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe:
/// names and addresses come from records that outsiders wrote (CSV injection, OWASP).
/// </summary>
public static class CheckPlanCsv
{
    /// <summary>The header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["rank", "entityType", "entityKey", "clearValue", "hits", "openCases", "referrals", "recordsIn30Days", "indicators", "typologies", "lastHitAt", "score", "why"];

    /// <summary>The plan as CSV text (CRLF line ends, header first).</summary>
    public static string Write(CheckPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder();
        Line(text, Columns);
        foreach (var e in plan.Entities)
        {
            Line(text,
            [
                e.Rank.ToString(CultureInfo.InvariantCulture), e.EntityType.ToString(), e.EntityKey, e.ClearValue ?? "",
                e.Hits.ToString(CultureInfo.InvariantCulture), e.OpenCases.ToString(CultureInfo.InvariantCulture),
                e.Referrals.ToString(CultureInfo.InvariantCulture), e.RecordsIn30Days.ToString(CultureInfo.InvariantCulture),
                string.Join(' ', e.Indicators.Select(i => $"{i.Id}×{i.Hits.ToString(CultureInfo.InvariantCulture)}")),
                string.Join(' ', e.Typologies), e.LastHitAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                e.Score.ToString(CultureInfo.InvariantCulture), e.Why,
            ]);
        }

        return text.ToString();
    }

    /// <summary>One cell, neutralised and quoted as needed.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
}
