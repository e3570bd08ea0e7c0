using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Catalogues.Backtest;
using BorderScreening.Application.History;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Application.Catalogues.Replay;

/// <summary>
/// Replays the stored history of a period through a candidate catalogue and the one in service, in
/// event time: each record is judged at its own time with the counts it had there (final counts, after
/// any late records were recounted), against what reviewers decided. The plan is one part per
/// jurisdiction, shard and day; parts are read in parallel into a bounded channel that one evaluator
/// drains, so memory stays bounded by the channel whatever the period. The same plan is what a
/// fan-out over several workers would distribute (docs/history.md).
/// </summary>
public sealed class HistoryReplay(IRecordHistory history, IWorklistStore worklist, IndicatorCatalogueHolder holder, ThresholdStore thresholds)
{
    /// <summary>Records buffered between the readers and the evaluator.</summary>
    public const int Buffer = 4_096;

    /// <summary>The longest period one replay covers.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(400);

    private static readonly Pseudonyms NoPseudonyms = new();

    private static readonly BacktestOptions Outcomes = new()
    {
        ConfirmedOutcomes = Enum.GetNames<ReviewOutcome>().Where(o => o.StartsWith("Refer", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal),
        ClearedOutcomes = new HashSet<string>(StringComparer.Ordinal) { nameof(ReviewOutcome.NoConcern) },
    };

    /// <summary>The plan: one part per jurisdiction, shard and day of the period.</summary>
    public IReadOnlyList<ReplayPart> Plan(ReplayRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = new List<ReplayPart>();
        for (var day = request.From; day < request.To; day = day.AddDays(1))
        {
            var end = day.AddDays(1) < request.To ? day.AddDays(1) : request.To;
            foreach (var jurisdiction in request.Jurisdictions.Distinct())
            {
                for (var shard = 0; shard < history.Shards; shard++)
                {
                    parts.Add(new ReplayPart(jurisdiction, shard, day, end));
                }
            }
        }

        return parts;
    }

    /// <summary>Whether any record of the request's jurisdictions is stored in the period (a replay of an empty store falls back to generated records).</summary>
    public async Task<bool> AnyAsync(ReplayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var jurisdiction in request.Jurisdictions.Distinct())
        {
            for (var shard = 0; shard < history.Shards; shard++)
            {
                await foreach (var _ in history.ReadAsync(jurisdiction, shard, request.From, request.To, cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Runs the replay of the whole plan against the catalogue in service now.</summary>
    public async Task<ReplayReport> RunAsync(ReplayRequest request, IProgress<ReplayProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await RunPartsAsync(request, Plan(request), holder.Current, await HitThresholdsAsync(request.Jurisdictions, cancellationToken), progress, cancellationToken);
    }

    /// <summary>The hit thresholds in force for <paramref name="jurisdictions"/> (those that have one).</summary>
    public async Task<IReadOnlyDictionary<Jurisdiction, double>> HitThresholdsAsync(IEnumerable<Jurisdiction> jurisdictions, CancellationToken cancellationToken)
    {
        await thresholds.RefreshAsync(cancellationToken);
        return jurisdictions.Distinct().Where(j => thresholds.Current(j) is not null).ToDictionary(j => j, j => thresholds.Current(j)!.Value);
    }

    /// <summary>
    /// Replays <paramref name="parts"/> of the request's plan against <paramref name="inService"/> with
    /// <paramref name="hitThresholds"/>: the whole plan in one process, or one slice of a fanned-out
    /// replay, whose reports add up.
    /// </summary>
    public async Task<ReplayReport> RunPartsAsync(
        ReplayRequest request,
        IReadOnlyList<ReplayPart> parts,
        IndicatorCatalogue inService,
        IReadOnlyDictionary<Jurisdiction, double> hitThresholds,
        IProgress<ReplayProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Candidate);
        ArgumentNullException.ThrowIfNull(parts);
        var clock = Stopwatch.StartNew();
        var options = Outcomes with { HitThresholds = hitThresholds };
        var plan = parts;
        var channel = Channel.CreateBounded<ScreeningContext>(new BoundedChannelOptions(Buffer) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        // Filled by the readers before a record is written to the channel, read by the evaluator after.
        var decided = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var tally = new Tally();

        var evaluator = Task.Run(
            () => CatalogueBacktest.Run(Judged(channel.Reader, tally, plan.Count, progress, cancellationToken), inService, request.Candidate, decided, options),
            cancellationToken);
        try
        {
            await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(request.Parallelism, 1, 64), CancellationToken = cancellationToken }, async (part, ct) =>
            {
                await foreach (var entry in history.ReadAsync(part.Jurisdiction, part.Shard, part.From, part.To, ct))
                {
                    if (entry.IsHit)
                    {
                        tally.Hit(await OutcomeAsync(entry, ct), decided, entry.Record.SourceIdentity());
                    }

                    await channel.Writer.WriteAsync(Context(entry), ct);
                }

                Interlocked.Increment(ref tally.PartsDone);
            });
        }
        finally
        {
            channel.Writer.TryComplete();
        }

        var report = await evaluator;
        return new ReplayReport
        {
            Backtest = report,
            From = request.From,
            To = request.To,
            HitsWhenScreened = tally.Hits,
            Referred = tally.Referred,
            Cleared = tally.Cleared,
            Parts = plan.Count,
            Seconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>The context a stored entry is judged in: its record at its own time with its stored counts (keys as "Sponsor/30d", in any case: stored JSON writes them camel-cased).</summary>
    public static ScreeningContext Context(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var counts = NetworkCounts.FromKeys(entry.Counts);
        return new ScreeningContext(entry.Record, NoPseudonyms, counts, entry.ScreenedAt);
    }

    private static IEnumerable<ScreeningContext> Judged(ChannelReader<ScreeningContext> reader, Tally tally, int parts, IProgress<ReplayProgress>? progress, CancellationToken cancellationToken)
    {
        long judged = 0;
        foreach (var context in reader.ReadAllAsync(cancellationToken).ToBlockingEnumerable(cancellationToken))
        {
            yield return context;
            if (++judged % 10_000 == 0)
            {
                progress?.Report(new ReplayProgress(Volatile.Read(ref tally.PartsDone), parts, judged));
            }
        }

        progress?.Report(new ReplayProgress(Volatile.Read(ref tally.PartsDone), parts, judged));
    }

    private async Task<string?> OutcomeAsync(HistoryEntry entry, CancellationToken cancellationToken) =>
        entry.CaseId is { } caseId && await worklist.GetAsync(entry.Jurisdiction, caseId, cancellationToken) is { Status: CaseStatus.Decided } item
            ? item.Outcome
            : null;

    private sealed class Tally
    {
        public int PartsDone;
        private int _hits;
        private int _referred;
        private int _cleared;

        public int Hits => _hits;

        public int Referred => _referred;

        public int Cleared => _cleared;

        public void Hit(string? outcome, ConcurrentDictionary<string, string> decided, string identity)
        {
            Interlocked.Increment(ref _hits);
            if (outcome is null)
            {
                return;
            }

            decided[identity] = outcome;
            if (Outcomes.ConfirmedOutcomes.Contains(outcome))
            {
                Interlocked.Increment(ref _referred);
            }
            else if (Outcomes.ClearedOutcomes.Contains(outcome))
            {
                Interlocked.Increment(ref _cleared);
            }
        }
    }
}
