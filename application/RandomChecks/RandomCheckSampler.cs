using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Sampling;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.RandomChecks;

/// <summary>
/// Decides whether a record the rules and model did not flag goes to review as a random check: its
/// keyed draw (<see cref="RandomCheckDraw"/>) is below the jurisdiction's share, and the day still has
/// room for random checks (<see cref="RandomCheckOptions.MaxShareOfCapacity"/> of the capacity a
/// supervisor set, or the configured default).
/// <para>
/// The inclusion probability stored with the case is the configured share. On a day whose cap was
/// reached, later draws are not sent, so the realised probability of that day is lower; the cap is
/// set far above the expected draws (0.5% of the records against 20% of capacity), so such days are
/// exceptional, and the counter tells how often they happen.
/// </para>
/// </summary>
public sealed class RandomCheckSampler(
    IOptions<RandomCheckOptions> options,
    IOptions<CapacityOptions> capacity,
    IPseudonymisationKeyProvider keys,
    IRandomCheckCounter counter,
    IDailyCapacity? dailyCapacity = null)
{
    /// <summary>The jurisdiction's configured share (0 when it draws none).</summary>
    public double Share(Jurisdiction jurisdiction) =>
        options.Value.Share.TryGetValue(jurisdiction.ToCode(), out var share) ? share : 0;

    /// <summary>Whether the record's draw puts it in the sample (before the capacity cap).</summary>
    public bool IsDrawn(string assessmentId, Jurisdiction jurisdiction)
    {
        var share = Share(jurisdiction);
        return share > 0 && RandomCheckDraw.Uniform(keys.Current(jurisdiction), assessmentId) < share;
    }

    /// <summary>Random checks the jurisdiction may send on <paramref name="day"/>.</summary>
    public async Task<int> LimitAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken)
    {
        var cases = (dailyCapacity is null ? null : await dailyCapacity.CasesAsync(jurisdiction, day, cancellationToken))
            ?? (capacity.Value.DailyCases.TryGetValue(jurisdiction.ToCode(), out var configured) ? configured : 0);
        return (int)Math.Floor(cases * options.Value.MaxShareOfCapacity);
    }

    /// <summary>
    /// The random check of a non-hit record screened at <paramref name="now"/>, or null when it is not
    /// drawn or the day's random checks are used up. <paramref name="recordDeadline"/> is the deadline
    /// the record's own time gives, when it gives one in the future.
    /// </summary>
    public async Task<RandomCheck?> DrawAsync(string assessmentId, Jurisdiction jurisdiction, DateTimeOffset now, DateTimeOffset? recordDeadline, CancellationToken cancellationToken)
    {
        if (!IsDrawn(assessmentId, jurisdiction))
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
        return new RandomCheck(Share(jurisdiction), deadline);
    }
}
