using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Application.Catalogues.Backtest;

/// <summary>
/// Runs the catalogue in service and a candidate over the same records (stored or generated) and
/// compares what each fires and flags — the ex-ante assessment before a candidate goes into service.
/// </summary>
public static class CatalogueBacktest
{
    /// <summary>Backtests <paramref name="candidate"/> against <paramref name="inService"/>.</summary>
    /// <param name="contexts">The records with their counts and screening time.</param>
    /// <param name="inService">The catalogue in service.</param>
    /// <param name="candidate">The candidate catalogue.</param>
    /// <param name="outcomes">Reviewed outcomes by record id (<see cref="ScreeningRecord.SourceIdentity"/>), e.g. "confirmed", "cleared".</param>
    /// <param name="options">Hit threshold and outcome vocabulary.</param>
    public static BacktestReport Run(
        IEnumerable<ScreeningContext> contexts,
        IndicatorCatalogue inService,
        IndicatorCatalogue candidate,
        IReadOnlyDictionary<string, string>? outcomes = null,
        BacktestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(inService);
        ArgumentNullException.ThrowIfNull(candidate);
        options ??= new BacktestOptions();
        outcomes ??= new Dictionary<string, string>();

        var sides = new[] { new Side(inService), new Side(candidate) };
        var records = 0;
        var withOutcome = 0;
        var recordsByJurisdiction = new Dictionary<Jurisdiction, int>();

        foreach (var context in contexts)
        {
            records++;
            var jurisdiction = context.Record.Jurisdiction;
            recordsByJurisdiction[jurisdiction] = recordsByJurisdiction.GetValueOrDefault(jurisdiction) + 1;
            var verdict = Verdict.None;
            if (outcomes.TryGetValue(context.Record.SourceIdentity(), out var outcome))
            {
                withOutcome++;
                verdict = options.ConfirmedOutcomes.Contains(outcome) ? Verdict.Confirmed
                    : options.ClearedOutcomes.Contains(outcome) ? Verdict.Cleared
                    : Verdict.None;
            }

            foreach (var side in sides)
            {
                side.Add(CatalogueIndicatorEvaluator.Evaluate(side.Catalogue, context), jurisdiction, verdict, options.ThresholdFor(jurisdiction));
            }
        }

        var ids = inService.Indicators.Select(i => i.Id)
            .Concat(candidate.Indicators.Select(i => i.Id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var jurisdictions = recordsByJurisdiction.Keys.Order().ToList();

        return new BacktestReport
        {
            InServiceVersion = inService.Version,
            CandidateVersion = candidate.Version,
            HitThreshold = options.HitThreshold,
            HitThresholds = options.HitThresholds,
            Records = records,
            RecordsWithOutcome = withOutcome,
            InService = sides[0].Totals(null),
            Candidate = sides[1].Totals(null),
            Jurisdictions = [.. jurisdictions.Select(j => new JurisdictionBacktest(j, recordsByJurisdiction[j], sides[0].Totals(j), sides[1].Totals(j)))],
            Indicators = [.. ids.Select(id => new IndicatorBacktest(
                id,
                inService.Find(id)?.Status,
                candidate.Find(id)?.Status,
                sides[0].Counts(id),
                sides[1].Counts(id),
                jurisdictions.ToDictionary(j => j, j => (sides[0].FiredIn(id, j), sides[1].FiredIn(id, j)))))],
        };
    }

    private enum Verdict
    {
        None,
        Confirmed,
        Cleared,
    }

    /// <summary>Running counts for one catalogue.</summary>
    private sealed class Side(IndicatorCatalogue catalogue)
    {
        // Key -1 holds the totals over all jurisdictions.
        private readonly Dictionary<int, int[]> _totals = [];
        private readonly Dictionary<string, int[]> _indicators = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, Jurisdiction), int> _firedByJurisdiction = [];

        public IndicatorCatalogue Catalogue { get; } = catalogue;

        public void Add(IndicatorOutcome outcome, Jurisdiction jurisdiction, Verdict verdict, double threshold)
        {
            var forced = outcome.ForcedReview;
            var hit = forced || outcome.RulesScore >= threshold;
            foreach (var key in new[] { -1, (int)jurisdiction })
            {
                var totals = Get(_totals, key, 5);
                if (hit)
                {
                    totals[0]++;
                    totals[1] += forced ? 1 : 0;
                    totals[2] += verdict == Verdict.Confirmed ? 1 : 0;
                    totals[3] += verdict == Verdict.Cleared ? 1 : 0;
                }
                else if (verdict == Verdict.Confirmed)
                {
                    totals[4]++;
                }
            }

            foreach (var fired in outcome.Fired.Concat(outcome.ShadowFired))
            {
                var counts = Get(_indicators, fired.Id, 4);
                counts[0]++;
                counts[2] += verdict == Verdict.Confirmed ? 1 : 0;
                counts[3] += verdict == Verdict.Cleared ? 1 : 0;
                _firedByJurisdiction[(fired.Id, jurisdiction)] = _firedByJurisdiction.GetValueOrDefault((fired.Id, jurisdiction)) + 1;
            }

            foreach (var skipped in outcome.NotEvaluated)
            {
                Get(_indicators, skipped.Id, 4)[1]++;
            }
        }

        public BacktestTotals Totals(Jurisdiction? jurisdiction)
        {
            var t = _totals.GetValueOrDefault(jurisdiction is { } j ? (int)j : -1) ?? new int[5];
            return new BacktestTotals(t[0], t[1], t[2], t[3], t[4]);
        }

        public IndicatorBacktestCounts Counts(string id)
        {
            var c = _indicators.GetValueOrDefault(id) ?? new int[4];
            return new IndicatorBacktestCounts(c[0], c[1], c[2], c[3]);
        }

        public int FiredIn(string id, Jurisdiction jurisdiction) => _firedByJurisdiction.GetValueOrDefault((id, jurisdiction));

        private static int[] Get<TKey>(Dictionary<TKey, int[]> map, TKey key, int size)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var value))
            {
                value = new int[size];
                map[key] = value;
            }

            return value;
        }
    }
}
