using System.Globalization;
using System.Net;
using System.Text;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>
/// Writes the statistics of one or more jurisdictions as a Markdown or HTML report with bar charts
/// (SVG: inline in HTML, files next to the Markdown). The figures are printed exactly as the API
/// gave them, so a publication report shows the suppressed and rounded values and nothing else.
/// </summary>
public static class StatisticsReport
{
    /// <summary>A chart file the Markdown report refers to.</summary>
    public sealed record ChartFile(string FileName, string Svg);

    /// <summary>The rows of the figures table, in reading order.</summary>
    public static IReadOnlyList<(string Label, PublishedFigure Figure)> Rows(JurisdictionStatistics s) =>
    [
        ("Records screened", s.RecordsScreened),
        ("Hits", s.Hits),
        ("Decided hits", s.Decided),
        .. s.DecisionsByOutcome.Select(p => ($"Decided: {Words(p.Key)}", p.Value)),
        .. s.ReferralsByDestination.Select(p => ($"Referred to {Words(p.Key)}", p.Value)),
        .. s.PartnerOutcomes.Select(p => ($"Partner outcome: {p.Key.Replace('-', ' ')}", p.Value)),
        ("Missed deadlines", s.MissedDeadlines),
        ("Missed: never reached a reviewer", s.NeverReachedReview),
        ("Pending", s.Pending),
        ("Median time to decision", s.MedianHoursToDecision),
        ("Precision of hits", s.PrecisionOfHits),
    ];

    /// <summary>Markdown text and the chart files it links to (write them next to it).</summary>
    public static (string Markdown, IReadOnlyList<ChartFile> Charts) Markdown(IReadOnlyList<JurisdictionStatistics> all, string chartPrefix)
    {
        var md = new StringBuilder();
        var charts = new List<ChartFile>();
        Header(all, md, markdown: true);
        foreach (var s in all)
        {
            var code = s.Jurisdiction.ToString().ToLowerInvariant().Replace('_', '-');
            md.Append(CultureInfo.InvariantCulture, $"\n## {Name(s)}\n\n| Figure | Value |\n| --- | ---: |\n");
            foreach (var (label, figure) in Rows(s))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {label} | {figure.Text} |\n");
            }

            foreach (var (suffix, title, bars) in Charts(s))
            {
                var file = $"{chartPrefix}-{code}-{suffix}.svg";
                charts.Add(new ChartFile(file, SvgBarChart.Render(title, bars)));
                md.Append(CultureInfo.InvariantCulture, $"\n![{title}]({file})\n");
            }
        }

        Footer(all, md);
        return (md.ToString(), charts);
    }

    /// <summary>One self-contained HTML page with inline SVG charts.</summary>
    public static string Html(IReadOnlyList<JurisdictionStatistics> all)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Border screening statistics</title>\n</head>\n<body>\n");
        var header = new StringBuilder();
        Header(all, header, markdown: false);
        html.Append(header);
        foreach (var s in all)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(Name(s))}</h2>\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n<tr><th>Figure</th><th>Value</th></tr>\n");
            foreach (var (label, figure) in Rows(s))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(label)}</td><td align=\"right\">{E(figure.Text)}</td></tr>\n");
            }

            html.Append("</table>\n");
            foreach (var (_, title, bars) in Charts(s))
            {
                html.Append("<figure>\n").Append(SvgBarChart.Render(title, bars)).Append("</figure>\n");
            }
        }

        var footer = new StringBuilder();
        Footer(all, footer);
        html.Append("<p>").Append(E(footer.ToString().Trim())).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IEnumerable<(string Suffix, string Title, IReadOnlyList<(string, PublishedFigure)> Bars)> Charts(JurisdictionStatistics s)
    {
        yield return ("funnel", $"{Name(s)}: records, hits, decisions", [("Records screened", s.RecordsScreened), ("Hits", s.Hits), ("Decided", s.Decided), ("Missed deadlines", s.MissedDeadlines)]);
        yield return ("outcomes", $"{Name(s)}: decisions by outcome", [.. s.DecisionsByOutcome.Select(p => (Words(p.Key), p.Value))]);
        yield return ("referrals", $"{Name(s)}: referrals by destination", [.. s.ReferralsByDestination.Select(p => (Words(p.Key), p.Value))]);
        if (s.PartnerOutcomes.Count > 0)
        {
            yield return ("partner-outcomes", $"{Name(s)}: partner outcomes of referrals", [.. s.PartnerOutcomes.Select(p => (p.Key.Replace('-', ' '), p.Value))]);
        }
    }

    private static void Header(IReadOnlyList<JurisdictionStatistics> all, StringBuilder text, bool markdown)
    {
        var first = all.Count > 0 ? all[0] : new JurisdictionStatistics();
        var period = $"{first.From:yyyy-MM-dd} to {first.To.AddDays(-1):yyyy-MM-dd}";
        var kind = first.Publication ? "For publication: counts of 1–9 suppressed (<10), other counts rounded to the nearest 5." : "Exact figures, not for publication.";
        if (markdown)
        {
            text.Append(CultureInfo.InvariantCulture, $"# Border screening statistics, {period}\n\n{kind}\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"<h1>Border screening statistics, {E(period)}</h1>\n<p>{E(kind)}</p>\n");
        }
    }

    private static void Footer(IReadOnlyList<JurisdictionStatistics> all, StringBuilder text)
    {
        var computed = all.Count > 0 ? all[0].ComputedAt : default;
        text.Append(CultureInfo.InvariantCulture, $"\nFigures count the records screened in the period and what became of them up to {computed:yyyy-MM-dd HH:mm} UTC. Definitions: docs/statistics.md.\n");
    }

    private static string Name(JurisdictionStatistics s) => s.Jurisdiction switch
    {
        Jurisdiction.AW => "Aruba (AW)",
        Jurisdiction.CW => "Curaçao (CW)",
        Jurisdiction.SX => "Sint Maarten (SX)",
        Jurisdiction.BQ_BO => "Bonaire (BQ-BO)",
        Jurisdiction.BQ_SE => "Sint Eustatius (BQ-SE)",
        Jurisdiction.BQ_SA => "Saba (BQ-SA)",
        _ => s.Jurisdiction.ToString(),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // "ReferCriminalInvestigation" → "refer criminal investigation".
    private static string Words(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
