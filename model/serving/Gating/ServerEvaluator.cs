namespace BorderScreening.Model.Serving.Gating;

/// <summary>One system's figures on a frozen set, computed by the server.</summary>
/// <param name="Auprc">Weighted average precision (area under the precision-recall curve).</param>
/// <param name="RecallAtCapacity">Weighted recall of the top-k per jurisdiction-day at review capacity.</param>
/// <param name="FairnessFlags">Nationality or sex groups outside the band ("" when none).</param>
public sealed record ServerSystemFigures(double Auprc, double RecallAtCapacity, string FairnessFlags);

/// <summary>
/// The figures the gates read, computed from scores on a frozen set with each row's design weight
/// (1 / inclusion probability for random checks), so the random sample stands for the unreviewed
/// non-hits like it. Same definitions as the trainer's audit (docs/model.md): capacity as a share of
/// the day's records per jurisdiction, fairness as hit-rate and recall ratios per nationality group
/// and sex — audit-only groups, read here and nowhere in scoring.
/// </summary>
public static class ServerEvaluator
{
    /// <summary>Figures of one system's scores on the set's rows.</summary>
    public static ServerSystemFigures Evaluate(IReadOnlyList<EvaluationRow> rows, IReadOnlyList<double> scores, ModelGateOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        if (rows.Count != scores.Count)
        {
            throw new ArgumentException($"{scores.Count} scores for {rows.Count} rows.", nameof(scores));
        }

        var hits = HitsAtCapacity(rows, scores, options);
        return new ServerSystemFigures(WeightedAveragePrecision(rows, scores), WeightedRecall(rows, hits, Enumerable.Range(0, rows.Count)), FairnessFlags(rows, hits, options));
    }

    /// <summary>Average precision with weights: each tie group adds its positive weight × precision so far.</summary>
    public static double WeightedAveragePrecision(IReadOnlyList<EvaluationRow> rows, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scores);
        var positiveWeight = rows.Where(r => r.Label).Sum(r => r.Weight);
        if (positiveWeight <= 0)
        {
            return double.NaN;
        }

        var order = Enumerable.Range(0, rows.Count).OrderByDescending(i => scores[i]).ToArray();
        double seen = 0, truePositive = 0, sum = 0;
        var k = 0;
        while (k < order.Length)
        {
            var score = scores[order[k]];
            double groupWeight = 0, groupPositive = 0;
            while (k < order.Length && scores[order[k]] == score)
            {
                var row = rows[order[k]];
                groupWeight += row.Weight;
                groupPositive += row.Label ? row.Weight : 0;
                k++;
            }

            seen += groupWeight;
            truePositive += groupPositive;
            sum += groupPositive * (truePositive / seen);
        }

        return sum / positiveWeight;
    }

    /// <summary>
    /// The rows reviewers would see: per jurisdiction-day the highest scores until their weight reaches
    /// k = max(1, round(capacity / daily volume × the day's weight)).
    /// </summary>
    public static bool[] HitsAtCapacity(IReadOnlyList<EvaluationRow> rows, IReadOnlyList<double> scores, ModelGateOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        var hits = new bool[rows.Count];
        foreach (var day in Enumerable.Range(0, rows.Count).GroupBy(i => (rows[i].Jurisdiction, rows[i].Day)))
        {
            var capacity = options.DailyCapacity.GetValueOrDefault(day.Key.Jurisdiction);
            var volume = Math.Max(1, options.DailyVolume.GetValueOrDefault(day.Key.Jurisdiction, 1));
            var k = Math.Max(1, Math.Round(capacity / (double)volume * day.Sum(i => rows[i].Weight)));
            var taken = 0.0;
            foreach (var i in day.OrderByDescending(i => scores[i]).ThenBy(i => i))
            {
                if (taken >= k)
                {
                    break;
                }

                hits[i] = true;
                taken += rows[i].Weight;
            }
        }

        return hits;
    }

    private static double WeightedRecall(IReadOnlyList<EvaluationRow> rows, bool[] hits, IEnumerable<int> indices)
    {
        double positive = 0, found = 0;
        foreach (var i in indices)
        {
            if (rows[i].Label)
            {
                positive += rows[i].Weight;
                found += hits[i] ? rows[i].Weight : 0;
            }
        }

        return positive <= 0 ? double.NaN : found / positive;
    }

    private static string FairnessFlags(IReadOnlyList<EvaluationRow> rows, bool[] hits, ModelGateOptions options)
    {
        var all = Enumerable.Range(0, rows.Count).ToArray();
        var totalWeight = all.Sum(i => rows[i].Weight);
        var overallHitRate = totalWeight <= 0 ? 0 : all.Where(i => hits[i]).Sum(i => rows[i].Weight) / totalWeight;
        var overallRecall = WeightedRecall(rows, hits, all);
        var flags = new List<string>();
        void Groups(string dimension, Func<EvaluationRow, string> groupOf)
        {
            foreach (var group in all.GroupBy(i => groupOf(rows[i])).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var weight = group.Sum(i => rows[i].Weight);
                var hitRatio = overallHitRate == 0 || weight <= 0 ? double.NaN : group.Where(i => hits[i]).Sum(i => rows[i].Weight) / weight / overallHitRate;
                var recall = WeightedRecall(rows, hits, group);
                var recallRatio = double.IsNaN(recall) || double.IsNaN(overallRecall) || overallRecall == 0 ? double.NaN : recall / overallRecall;
                var hitFlag = weight * overallHitRate >= options.MinimumExpectedHits && Outside(hitRatio, options);
                var recallFlag = group.Count(i => rows[i].Label) >= options.MinimumGroupPositives && Outside(recallRatio, options);
                if (hitFlag || recallFlag)
                {
                    flags.Add($"{dimension} = {group.Key}");
                }
            }
        }

        Groups("nationality group", r => r.NationalityGroup);
        Groups("sex", r => r.Sex);
        return string.Join("; ", flags);
    }

    private static bool Outside(double ratio, ModelGateOptions options) =>
        !double.IsNaN(ratio) && (ratio < options.FairnessLow || ratio > options.FairnessHigh);
}
