using System.Globalization;
using System.Text;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Backtest;

/// <summary>What the catalogue in service and a candidate do on the same records.</summary>
public sealed record BacktestReport
{
    /// <summary>Version of the catalogue in service.</summary>
    public required string InServiceVersion { get; init; }

    /// <summary>Version of the candidate catalogue.</summary>
    public required string CandidateVersion { get; init; }

    /// <summary>The rules-score threshold used for hits.</summary>
    public required double HitThreshold { get; init; }

    /// <summary>Thresholds that differ per jurisdiction.</summary>
    public IReadOnlyDictionary<Jurisdiction, double> HitThresholds { get; init; } = new Dictionary<Jurisdiction, double>();

    /// <summary>Records evaluated.</summary>
    public required int Records { get; init; }

    /// <summary>Records that have a reviewed outcome.</summary>
    public required int RecordsWithOutcome { get; init; }

    /// <summary>Totals for the catalogue in service.</summary>
    public required BacktestTotals InService { get; init; }

    /// <summary>Totals for the candidate.</summary>
    public required BacktestTotals Candidate { get; init; }

    /// <summary>Totals per jurisdiction (only jurisdictions with records).</summary>
    public required IReadOnlyList<JurisdictionBacktest> Jurisdictions { get; init; }

    /// <summary>Counts per indicator id (union of both catalogues, in-service order first).</summary>
    public required IReadOnlyList<IndicatorBacktest> Indicators { get; init; }

    /// <summary>The report as Markdown.</summary>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);

        Line($"# Catalogue backtest: {InServiceVersion} (in service) vs {CandidateVersion} (candidate)");
        Line();
        Line(string.Create(CultureInfo.InvariantCulture,
            $"{Records} records, {RecordsWithOutcome} with a reviewed outcome. A hit is a rules score ≥ {HitThreshold:0.###} or a forced review."));
        if (HitThresholds.Count > 0)
        {
            Line("Thresholds per jurisdiction: " + string.Join(", ", HitThresholds.OrderBy(t => t.Key).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key.ToCode()} {t.Value:0.###}"))) + ".");
        }

        Line();
        Line("## Totals");
        Line();
        Line($"| | in service {InServiceVersion} | candidate {CandidateVersion} |");
        Line("| --- | ---: | ---: |");
        Line($"| Hits | {N(InService.Hits)} | {N(Candidate.Hits)} |");
        Line($"| of which forced review | {N(InService.ForcedReviews)} | {N(Candidate.ForcedReviews)} |");
        Line($"| Hits confirmed | {N(InService.Confirmed)} | {N(Candidate.Confirmed)} |");
        Line($"| Hits cleared | {N(InService.Cleared)} | {N(Candidate.Cleared)} |");
        Line($"| Confirmed records missed (not a hit) | {N(InService.ConfirmedMissed)} | {N(Candidate.ConfirmedMissed)} |");
        Line();
        Line("## Per jurisdiction");
        Line();
        Line("| Jurisdiction | Records | Hits (in service) | Hits (candidate) | Confirmed / cleared (in service) | Confirmed / cleared (candidate) |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var j in Jurisdictions)
        {
            Line($"| {j.Jurisdiction.ToCode()} | {N(j.Records)} | {N(j.InService.Hits)} | {N(j.Candidate.Hits)} | {N(j.InService.Confirmed)} / {N(j.InService.Cleared)} | {N(j.Candidate.Confirmed)} / {N(j.Candidate.Cleared)} |");
        }

        Line();
        Line("## Per indicator");
        Line();
        Line("Fired counts include shadow indicators (their status is shown); confirmed / cleared count the reviewed records it fired on.");
        Line();
        Line("| Indicator | Status | Fired (in service) | Fired (candidate) | Not evaluated (in service / candidate) | Confirmed / cleared (in service) | Confirmed / cleared (candidate) |");
        Line("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var i in Indicators)
        {
            var status = $"{i.InServiceStatus?.ToString().ToLowerInvariant() ?? "—"} → {i.CandidateStatus?.ToString().ToLowerInvariant() ?? "—"}";
            Line($"| {i.Id} | {status} | {N(i.InService.Fired)} | {N(i.Candidate.Fired)} | {N(i.InService.NotEvaluated)} / {N(i.Candidate.NotEvaluated)} | {N(i.InService.Confirmed)} / {N(i.InService.Cleared)} | {N(i.Candidate.Confirmed)} / {N(i.Candidate.Cleared)} |");
        }

        Line();
        Line("## Indicator fires per jurisdiction (in service / candidate)");
        Line();
        Line("| Indicator | " + string.Join(" | ", Jurisdictions.Select(j => j.Jurisdiction.ToCode())) + " |");
        Line("| --- |" + string.Concat(Jurisdictions.Select(_ => " ---: |")));
        foreach (var i in Indicators)
        {
            var cells = Jurisdictions.Select(j => i.FiredByJurisdiction.TryGetValue(j.Jurisdiction, out var c) ? $"{N(c.InService)} / {N(c.Candidate)}" : "0 / 0");
            Line($"| {i.Id} | " + string.Join(" | ", cells) + " |");
        }

        return md.ToString();
    }
}
