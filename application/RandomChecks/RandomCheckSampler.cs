using System.Collections.Concurrent;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Sampling;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.RandomChecks;

/// <summary>
/// Decides whether a record the rules and model did not flag goes to review as a random check: the
/// jurisdiction's <see cref="BlockDraw"/> draws it (one record in each block of about 1 / share, at a
/// random place), and the day still has room for random checks
/// (<see cref="RandomCheckOptions.MaxShareOfCapacity"/> of the capacity a supervisor set, or the
/// configured default).
/// <para>
/// Each instance draws over the records it screens, so over n records the sample is n × share within
/// one per instance. The inclusion probability stored with the case is the drawn record's own
/// (1 / its block's length). On a day whose cap was reached, later draws are not sent, so the realised
/// probability of that day is lower; the cap is set far above the expected draws (0.5% of the records
/// against 20% of capacity), so such days are exceptional, and the counter tells how often they happen.
/// A block an instance leaves unfinished when it stops may lose its draw: a small undercount, never a
/// wrong probability on a drawn record.
/// </para>
/// </summary>
public sealed class RandomCheckSampler(
    IOptions<RandomCheckOptions> options,
    IOptions<CapacityOptions> capacity,
    IBlockPosition positions,
    IRandomCheckCounter counter,
    IDailyCapacity? dailyCapacity = null)
{
    private readonly ConcurrentDictionary<Jurisdiction, BlockDraw> _draws = new();

    /// <summary>The jurisdiction's configured share (0 when it draws none).</summary>
    public double Share(Jurisdiction jurisdiction) =>
        options.Value.Share.TryGetValue(jurisdiction.ToCode(), out var share) ? share : 0;

    /// <summary>Random checks the jurisdiction may send on <paramref name="day"/>.</summary>
    public async Task<int> LimitAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken)
    {
        var cases = (dailyCapacity is null ? null : await dailyCapacity.CasesAsync(jurisdiction, day, cancellationToken))
            ?? (capacity.Value.DailyCases.TryGetValue(jurisdiction.ToCode(), out var configured) ? configured : 0);
        return (int)Math.Floor(cases * options.Value.MaxShareOfCapacity);
    }

    /// <summary>
    /// The random check of the next non-hit record of <paramref name="jurisdiction"/>, screened at
    /// <paramref name="now"/>, or null when it is not drawn or the day's random checks are used up.
    /// <paramref name="recordDeadline"/> is the deadline the record's own time gives, when it gives one.
    /// </summary>
    public async Task<RandomCheck?> DrawAsync(Jurisdiction jurisdiction, DateTimeOffset now, DateTimeOffset? recordDeadline, CancellationToken cancellationToken)
    {
        var share = Share(jurisdiction);
        if (share <= 0)
        {
            return null;
        }

        // A changed share starts a new sequence of blocks.
        var draw = _draws.AddOrUpdate(jurisdiction, _ => new BlockDraw(share, positions), (_, d) => d.Share == share ? d : new BlockDraw(share, positions));
        if (draw.Next() is not { } probability)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var limit = await LimitAsync(jurisdiction, day, cancellationToken);
        if (limit <= 0 || !await counter.TryTakeAsync(jurisdiction, day, limit, cancellationToken))
        {
            return null;
        }

        var deadline = recordDeadline is { } d && d > now ? d : now.AddHours(options.Value.DeadlineHours);
        return new RandomCheck(probability, deadline);
    }
}
