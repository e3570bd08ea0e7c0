using BorderScreening.Application.Cases;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>
/// Counts the figures of a jurisdiction and period from what is stored: assessments (screenings
/// table), cases (worklist) and decisions (labels). Reads only the jurisdiction's own partitions and
/// only the columns it counts, never a record's body. See docs/statistics.md for every definition.
/// </summary>
public sealed class StatisticsService(IStatisticsSource source, TimeProvider time)
{
    /// <summary>Longest period one call may cover.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    /// <summary>The figures of one jurisdiction, exact or for publication.</summary>
    public async Task<JurisdictionStatistics> ComputeAsync(Jurisdiction jurisdiction, DateTimeOffset from, DateTimeOffset to, bool publication, CancellationToken cancellationToken) =>
        JurisdictionStatistics.Build(await CountAsync(jurisdiction, from, to, cancellationToken), publication, time.GetUtcNow());

    /// <summary>The raw counts of one jurisdiction for records screened in [from, to).</summary>
    public async Task<StatisticsCounts> CountAsync(Jurisdiction jurisdiction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var screened = 0;
        var hits = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var record in source.ScreenedAsync(jurisdiction, from, to, cancellationToken))
        {
            screened++;
            if (record.IsHit)
            {
                hits[record.AssessmentId] = record.ScreenedAt;
            }
        }

        var decidedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var decision in source.DecisionTimesAsync(jurisdiction, cancellationToken))
        {
            if (hits.ContainsKey(decision.CaseId))
            {
                decidedAt[decision.CaseId] = decision.DecidedAt;
            }
        }

        var outcomes = Enum.GetNames<ReviewOutcome>().ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        var referrals = Enum.GetNames<SignalDestination>().ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        var missed = 0;
        var neverReached = 0;
        var hoursToDecision = new List<double>();
        var cohortCases = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var reviewCase in source.CasesAsync(jurisdiction, cancellationToken))
        {
            if (!hits.TryGetValue(reviewCase.AssessmentId, out var screenedAt))
            {
                continue;
            }

            cohortCases.Add(reviewCase.CaseId);

            if (reviewCase.Status == CaseStatus.Decided && reviewCase.Outcome is { } outcome)
            {
                outcomes[outcome.ToString()]++;
                if (SignalDestinations.For(outcome) is { } destination)
                {
                    referrals[destination.ToString()]++;
                }

                if (decidedAt.TryGetValue(reviewCase.CaseId, out var at))
                {
                    hoursToDecision.Add((at - screenedAt).TotalHours);
                }
            }
            else if (reviewCase.Status == CaseStatus.Missed)
            {
                // Filed as missed by the intake, the deadline guard or the dead-letter drain.
                missed++;
                neverReached++;
            }
            else if (reviewCase.Deadline is { } deadline && deadline <= now)
            {
                missed++;
            }
        }

        // Outcomes of the cohort's referrals, whenever the partner recorded them.
        var partnerOutcomes = PartnerOutcomeKinds.All.ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        await foreach (var outcome in source.PartnerOutcomesAsync(jurisdiction, cancellationToken))
        {
            if (cohortCases.Contains(outcome.CaseId))
            {
                partnerOutcomes[outcome.Outcome.ToName()]++;
            }
        }

        var decided = outcomes.Values.Sum();
        return new StatisticsCounts
        {
            Jurisdiction = jurisdiction,
            From = from,
            To = to,
            RecordsScreened = screened,
            Hits = hits.Count,
            DecisionsByOutcome = outcomes,
            ReferralsByDestination = referrals,
            PartnerOutcomes = partnerOutcomes,
            MissedDeadlines = missed,
            NeverReachedReview = neverReached,
            Pending = hits.Count - decided - missed,
            MedianHoursToDecision = Median(hoursToDecision),
        };
    }

    /// <summary>The median; null for no values.</summary>
    public static double? Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
