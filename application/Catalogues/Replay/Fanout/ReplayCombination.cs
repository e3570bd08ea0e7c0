using BorderScreening.Application.Catalogues.Backtest;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>Adds up the slices of a fanned-out replay into the report one process would have written.</summary>
public static class ReplayCombination
{
    /// <summary>
    /// The report of <paramref name="job"/> from its <paramref name="slices"/>; the indicators listed and
    /// their statuses come from the two catalogues, as in a replay in one process.
    /// </summary>
    public static ReplayReport Combine(ReplayJob job, IReadOnlyList<ReplaySliceResult> slices, IndicatorCatalogue inService, IndicatorCatalogue candidate, double seconds)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(slices);
        ArgumentNullException.ThrowIfNull(inService);
        ArgumentNullException.ThrowIfNull(candidate);
        var totals = slices.SelectMany(s => s.Totals).GroupBy(t => (t.Jurisdiction, t.Candidate))
            .ToDictionary(g => g.Key, g => new BacktestTotals(g.Sum(t => t.Hits), g.Sum(t => t.ForcedReviews), g.Sum(t => t.Confirmed), g.Sum(t => t.Cleared), g.Sum(t => t.ConfirmedMissed)));
        var indicators = slices.SelectMany(s => s.Indicators).GroupBy(i => (i.Id, i.Candidate))
            .ToDictionary(g => g.Key, g => new IndicatorBacktestCounts(g.Sum(i => i.Fired), g.Sum(i => i.NotEvaluated), g.Sum(i => i.Confirmed), g.Sum(i => i.Cleared)));
        var records = slices.SelectMany(s => s.RecordsPerJurisdiction).GroupBy(r => r.Jurisdiction).ToDictionary(g => g.Key, g => g.Sum(r => r.Records));
        var fired = slices.SelectMany(s => s.Fired).GroupBy(f => (f.Id, f.Jurisdiction)).ToDictionary(g => g.Key, g => (g.Sum(f => f.InService), g.Sum(f => f.Candidate)));
        var jurisdictions = records.Keys.Order().ToList();
        var empty = new BacktestTotals(0, 0, 0, 0, 0);
        BacktestTotals Totals(Jurisdiction? j, bool side) => totals.GetValueOrDefault((j, side)) ?? empty;
        IndicatorBacktestCounts Counts(string id, bool side) => indicators.GetValueOrDefault((id, side)) ?? new IndicatorBacktestCounts(0, 0, 0, 0);
        var ids = inService.Indicators.Select(i => i.Id).Concat(candidate.Indicators.Select(i => i.Id)).Distinct(StringComparer.Ordinal);

        var backtest = new BacktestReport
        {
            InServiceVersion = inService.Version,
            CandidateVersion = candidate.Version,
            HitThreshold = new BacktestOptions().HitThreshold,
            HitThresholds = job.ThresholdsByJurisdiction(),
            Records = slices.Sum(s => s.Records),
            RecordsWithOutcome = slices.Sum(s => s.RecordsWithOutcome),
            InService = Totals(null, false),
            Candidate = Totals(null, true),
            Jurisdictions = [.. jurisdictions.Select(j => new JurisdictionBacktest(j, records[j], Totals(j, false), Totals(j, true)))],
            Indicators = [.. ids.Select(id => new IndicatorBacktest(
                id,
                inService.Find(id)?.Status,
                candidate.Find(id)?.Status,
                Counts(id, false),
                Counts(id, true),
                jurisdictions.ToDictionary(j => j, j => fired.GetValueOrDefault((id, j)))))],
        };
        return new ReplayReport
        {
            Backtest = backtest,
            From = Start(job.From),
            To = Start(job.To),
            HitsWhenScreened = slices.Sum(s => s.HitsWhenScreened),
            Referred = slices.Sum(s => s.Referred),
            Cleared = slices.Sum(s => s.Cleared),
            Parts = slices.Sum(s => s.Parts),
            Seconds = seconds,
        };
    }

    /// <summary>Midnight UTC of <paramref name="day"/>.</summary>
    public static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
