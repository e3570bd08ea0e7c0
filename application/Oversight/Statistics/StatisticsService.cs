using Azure.Data.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>
/// Counts the figures of a jurisdiction and period from what is stored: assessments (screenings
/// table), cases (worklist) and decisions (labels). Reads only the jurisdiction's own partitions and
/// only the columns it counts, never a record's body. See docs/statistics.md for every definition.
/// </summary>
public sealed class StatisticsService(StorageTables tables, TimeProvider time)
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
        for (var shard = 0; shard < AssessmentId.Shards; shard++)
        {
            var partition = AssessmentId.PartitionKey(jurisdiction, shard);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"A|"} and RowKey lt {"A}"} and ScreenedAt ge {from} and ScreenedAt lt {to}");
            await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, select: ["RowKey", "IsHit", "ScreenedAt"], cancellationToken: cancellationToken))
            {
                screened++;
                if (row.GetBoolean("IsHit") == true)
                {
                    hits[row.RowKey[2..]] = row.GetDateTimeOffset("ScreenedAt") ?? from;
                }
            }
        }

        var code = jurisdiction.ToCode();
        var decidedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var row in tables.Labels.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {code}"), select: ["RowKey", "DecidedAt"], cancellationToken: cancellationToken))
        {
            if (hits.ContainsKey(row.RowKey) && row.GetDateTimeOffset("DecidedAt") is { } at)
            {
                decidedAt[row.RowKey] = at;
            }
        }

        var outcomes = Enum.GetNames<ReviewOutcome>().ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        var referrals = Enum.GetNames<SignalDestination>().ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        var missed = 0;
        var hoursToDecision = new List<double>();
        var filterCases = TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey lt {SignalStore.RowPrefix}");
        await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(filterCases, select: ["RowKey", "AssessmentId", "Status", "Outcome", "Deadline"], cancellationToken: cancellationToken))
        {
            var assessmentId = row.GetString("AssessmentId") ?? row.RowKey;
            if (!hits.TryGetValue(assessmentId, out var screenedAt))
            {
                continue;
            }

            var status = Enum.TryParse<CaseStatus>(row.GetString("Status"), out var s) ? s : CaseStatus.Open;
            if (status == CaseStatus.Decided && Enum.TryParse<ReviewOutcome>(row.GetString("Outcome"), out var outcome))
            {
                outcomes[outcome.ToString()]++;
                if (SignalDestinations.For(outcome) is { } destination)
                {
                    referrals[destination.ToString()]++;
                }

                if (decidedAt.TryGetValue(row.RowKey, out var at))
                {
                    hoursToDecision.Add((at - screenedAt).TotalHours);
                }
            }
            else if (status == CaseStatus.Missed || (row.GetDateTimeOffset("Deadline") is { } deadline && deadline <= now))
            {
                missed++;
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
            MissedDeadlines = missed,
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
