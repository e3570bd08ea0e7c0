using System.Globalization;
using System.Net;
using System.Text;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>
/// A horizontal bar chart as plain SVG: no scripts, no fonts to load, readable in a browser, a
/// Markdown viewer and print. Suppressed figures get no bar and their text ("&lt;10") instead.
/// </summary>
internal static class SvgBarChart
{
    /// <summary>Renders one chart.</summary>
    public static string Render(string title, IReadOnlyList<(string Label, PublishedFigure Figure)> bars)
    {
        const int labelWidth = 220, barWidth = 360, rowHeight = 26, top = 34;
        var max = Math.Max(1, bars.Select(b => b.Figure.Value ?? 0).DefaultIfEmpty(0).Max());
        var height = top + (bars.Count * rowHeight) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{labelWidth + barWidth + 80}\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"20\" font-family=\"sans-serif\" font-size=\"15\" font-weight=\"bold\">{E(title)}</text>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, figure) = bars[i];
            var y = top + (i * rowHeight);
            var width = (int)Math.Round(barWidth * (figure.Value ?? 0) / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + 17}\" font-family=\"sans-serif\" font-size=\"13\" text-anchor=\"end\">{E(label)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"{rowHeight - 8}\" fill=\"#2b6cb0\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6}\" y=\"{y + 17}\" font-family=\"sans-serif\" font-size=\"13\">{E(figure.Text)}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
