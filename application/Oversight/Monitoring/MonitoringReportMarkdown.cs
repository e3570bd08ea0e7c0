using System.Globalization;
using System.Text;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>Renders monitoring reports as Markdown (the CLI's output).</summary>
public static class MonitoringReportMarkdown
{
    /// <summary>One document for several reports.</summary>
    public static string Render(IReadOnlyList<MonitoringReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var md = new StringBuilder();
        foreach (var r in reports)
        {
            Line(md, $"## Monitoring {r.Jurisdiction} {r.Day:yyyy-MM-dd}");
            Line(md, "");
            Line(md, $"Records {r.Records}, hits {r.Hits} ({P(r.HitRate)}), decided {r.Decided}, referrals {r.Referrals} ({P(r.ReferralRate)}). " +
                $"Models: {(r.ModelVersions.Count == 0 ? "none" : string.Join(", ", r.ModelVersions))}. Reference: {(r.Reference.Length == 0 ? "none" : r.Reference)}. " +
                $"Computed {r.ComputedAt:yyyy-MM-dd HH:mm} UTC.");
            Line(md, "");
            Line(md, r.Alerts.Count == 0 ? "**No alerts.**" : $"**{r.Alerts.Count} alert(s):**");
            foreach (var alert in r.Alerts)
            {
                Line(md, $"- `{alert.Kind}` {alert.Message}");
            }

            Line(md, "");
            Line(md, "### Drift (PSI against the training reference)");
            Line(md, "");
            if (r.ScoreDrift is null)
            {
                Line(md, "Not judged (no reference, or fewer records than the minimum).");
            }
            else
            {
                Line(md, "| distribution | PSI | alert |");
                Line(md, "| --- | ---: | --- |");
                foreach (var d in r.FeatureDrift.Prepend(r.ScoreDrift))
                {
                    Line(md, $"| {d.Name} | {N(d.Psi)} | {(d.Alert ? "yes" : "")} |");
                }
            }

            Line(md, "");
            Line(md, "### Indicators");
            Line(md, "");
            Line(md, "| indicator | fired | rate | on hits |");
            Line(md, "| --- | ---: | ---: | ---: |");
            foreach (var i in r.Indicators)
            {
                Line(md, $"| {i.Id} | {i.Fires} | {P(i.Rate)} | {i.FiresOnHits} |");
            }

            Line(md, "");
            Line(md, "### Audit groups (audit only; never used to score)");
            Line(md, "");
            Line(md, "| dimension | group | records | hits | hit ratio | referrals | referral ratio | judged |");
            Line(md, "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var g in r.Groups)
            {
                var judged = !g.Judged ? "too small" : g.Expected ? "expected" : "yes";
                Line(md, $"| {g.Dimension} | {g.Group} | {g.Records} | {g.Hits} | {R(g.HitRatio)} | {g.Referrals} | {R(g.ReferralRatio)} | {judged} |");
            }

            Line(md, "");
            Line(md, "### Shadow model and shadow indicators");
            Line(md, "");
            Line(md, r.ShadowModel is { } s
                ? $"Shadow model {s.ShadowVersion} on {s.Records} records: agreement {P(s.Agreement)}, mean |difference| {N(s.MeanAbsoluteDifference)}, top-{s.TopK} overlap {P(s.TopKOverlap)}."
                : "No shadow model scored this day's records.");
            Line(md, "");
            if (r.ShadowIndicators.Count == 0)
            {
                Line(md, "No shadow indicator fired.");
            }
            else
            {
                Line(md, "| shadow indicator | would fire | rate | on hits | on non-hits |");
                Line(md, "| --- | ---: | ---: | ---: | ---: |");
                foreach (var i in r.ShadowIndicators)
                {
                    Line(md, $"| {i.Id} | {i.Fires} | {P(i.Rate)} | {i.FiresOnHits} | {i.FiresOnNonHits} |");
                }
            }

            Line(md, "");
        }

        return md.ToString();
    }

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');

    private static string P(double value) => value.ToString("0.##%", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string R(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";
}
