using BorderScreening.Application.Catalogues.Backtest;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>
/// What one slice of a fanned-out replay counted, as flat rows that serialise plainly and add up:
/// every figure of a replay report is a count, so the report of the whole plan is the sum of its
/// slices' counts (<see cref="ReplayCombination"/>).
/// </summary>
public sealed record ReplaySliceResult
{
    /// <summary>Records judged.</summary>
    public int Records { get; init; }

    /// <summary>Records with a reviewer's outcome.</summary>
    public int RecordsWithOutcome { get; init; }

    /// <summary>Hits when screened.</summary>
    public int HitsWhenScreened { get; init; }

    /// <summary>Of those, referred.</summary>
    public int Referred { get; init; }

    /// <summary>Of those, cleared.</summary>
    public int Cleared { get; init; }

    /// <summary>Shard-days read.</summary>
    public int Parts { get; init; }

    /// <summary>Seconds the slice took (the job's throughput is computed from its wall time instead).</summary>
    public double Seconds { get; init; }

    /// <summary>When the slice finished: the job's wall time runs from its start to the last slice's finish.</summary>
    public DateTimeOffset FinishedAt { get; init; }

    /// <summary>Totals per side, over all jurisdictions (Jurisdiction null) and per jurisdiction.</summary>
    public IReadOnlyList<TotalsRow> Totals { get; init; } = [];

    /// <summary>Records per jurisdiction.</summary>
    public IReadOnlyList<RecordsRow> RecordsPerJurisdiction { get; init; } = [];

    /// <summary>Counts per indicator and side.</summary>
    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];

    /// <summary>Firings per indicator and jurisdiction.</summary>
    public IReadOnlyList<FiredRow> Fired { get; init; } = [];

    /// <summary>The counts of a slice's report.</summary>
    public static ReplaySliceResult Of(ReplayReport report, DateTimeOffset finishedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = report.Backtest;
        return new ReplaySliceResult
        {
            Records = b.Records,
            RecordsWithOutcome = b.RecordsWithOutcome,
            HitsWhenScreened = report.HitsWhenScreened,
            Referred = report.Referred,
            Cleared = report.Cleared,
            Parts = report.Parts,
            Seconds = report.Seconds,
            FinishedAt = finishedAt,
            Totals =
            [
                TotalsRow.Of(null, candidate: false, b.InService), TotalsRow.Of(null, candidate: true, b.Candidate),
                .. b.Jurisdictions.SelectMany(j => new[] { TotalsRow.Of(j.Jurisdiction, candidate: false, j.InService), TotalsRow.Of(j.Jurisdiction, candidate: true, j.Candidate) }),
            ],
            RecordsPerJurisdiction = [.. b.Jurisdictions.Select(j => new RecordsRow(j.Jurisdiction, j.Records))],
            Indicators = [.. b.Indicators.SelectMany(i => new[] { IndicatorRow.Of(i.Id, candidate: false, i.InService), IndicatorRow.Of(i.Id, candidate: true, i.Candidate) })],
            Fired = [.. b.Indicators.SelectMany(i => i.FiredByJurisdiction.Select(f => new FiredRow(i.Id, f.Key, f.Value.InService, f.Value.Candidate)))],
        };
    }

    /// <summary>Backtest totals of one side, over all jurisdictions or one.</summary>
    public sealed record TotalsRow(Jurisdiction? Jurisdiction, bool Candidate, int Hits, int ForcedReviews, int Confirmed, int Cleared, int ConfirmedMissed)
    {
        /// <summary>The row of <paramref name="totals"/>.</summary>
        public static TotalsRow Of(Jurisdiction? jurisdiction, bool candidate, BacktestTotals totals)
        {
            ArgumentNullException.ThrowIfNull(totals);
            return new(jurisdiction, candidate, totals.Hits, totals.ForcedReviews, totals.Confirmed, totals.Cleared, totals.ConfirmedMissed);
        }
    }

    /// <summary>Records of one jurisdiction.</summary>
    public sealed record RecordsRow(Jurisdiction Jurisdiction, int Records);

    /// <summary>An indicator's counts on one side.</summary>
    public sealed record IndicatorRow(string Id, bool Candidate, int Fired, int NotEvaluated, int Confirmed, int Cleared)
    {
        /// <summary>The row of <paramref name="counts"/>.</summary>
        public static IndicatorRow Of(string id, bool candidate, IndicatorBacktestCounts counts)
        {
            ArgumentNullException.ThrowIfNull(counts);
            return new(id, candidate, counts.Fired, counts.NotEvaluated, counts.Confirmed, counts.Cleared);
        }
    }

    /// <summary>How often an indicator fired in one jurisdiction, on each side.</summary>
    public sealed record FiredRow(string Id, Jurisdiction Jurisdiction, int InService, int Candidate);
}
