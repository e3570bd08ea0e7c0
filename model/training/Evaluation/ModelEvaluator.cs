using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Labels;

namespace BorderScreening.Model.Training.Evaluation;

/// <summary>A score for each holdout example from one system (the candidate model, the rules, the active model).</summary>
public sealed record ScoredSystem(string Name, IReadOnlyList<double> Scores, bool IsCalibratedProbability);

/// <summary>Settings of an evaluation.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Reviews each jurisdiction can do per day (defaults: AW 40, CW 60, SX 30, BQ-BO 15, BQ-SE 5, BQ-SA 5).</summary>
    public IReadOnlyDictionary<Jurisdiction, int> DailyCapacity { get; init; } = new Dictionary<Jurisdiction, int>
    {
        [Jurisdiction.AW] = 40, [Jurisdiction.CW] = 60, [Jurisdiction.SX] = 30,
        [Jurisdiction.BQ_BO] = 15, [Jurisdiction.BQ_SE] = 5, [Jurisdiction.BQ_SA] = 5,
    };

    /// <summary>
    /// Records per day each jurisdiction's border really screens (assumptions, docs/model.md). A
    /// synthetic or sampled holdout holds far fewer records per day, so capacity is applied as the
    /// same share of the day's records: k = max(1, round(capacity / volume × records that day)).
    /// Null applies the capacity as given, times <see cref="CapacityScale"/>.
    /// </summary>
    public IReadOnlyDictionary<Jurisdiction, int>? DailyVolume { get; init; } = new Dictionary<Jurisdiction, int>
    {
        [Jurisdiction.AW] = 7_000, [Jurisdiction.CW] = 5_000, [Jurisdiction.SX] = 4_000,
        [Jurisdiction.BQ_BO] = 1_600, [Jurisdiction.BQ_SE] = 60, [Jurisdiction.BQ_SA] = 60,
    };

    /// <summary>Multiplies the capacity when <see cref="DailyVolume"/> is null.</summary>
    public double CapacityScale { get; init; } = 1.0;

    /// <summary>Fairness ratios outside this band are flagged.</summary>
    public double FairnessLow { get; init; } = 0.8;

    /// <summary>Fairness ratios outside this band are flagged.</summary>
    public double FairnessHigh { get; init; } = 1.25;

    /// <summary>
    /// A hit-rate ratio is flagged only when the group would expect at least this many hits at the
    /// overall rate (hits are ~1% of records, so a few hundred records say little); smaller groups are
    /// reported, not flagged.
    /// </summary>
    public int MinimumExpectedHits { get; init; } = 20;

    /// <summary>A recall ratio is flagged only for groups with at least this many positives.</summary>
    public int MinimumGroupPositives { get; init; } = 30;
}

/// <summary>Evaluates scores on a holdout: ranking, calibration, review capacity, typologies, fairness.</summary>
public static class ModelEvaluator
{
    /// <summary>
    /// Evaluates every system on the same holdout. Examples that carry a design weight
    /// (<see cref="LabelledExample.SampleWeight"/>, 1 / inclusion probability of a random check) also
    /// get weighted AUPRC, precision and recall at capacity, so the figures describe the screened
    /// population rather than only what was reviewed; <paramref name="weights"/> overrides them.
    /// </summary>
    /// <param name="holdout">The examples, in time order.</param>
    /// <param name="systems">A score per example from each system.</param>
    /// <param name="options">Capacities, volumes, fairness band.</param>
    /// <param name="weights">Design weight per example; null takes <see cref="LabelledExample.SampleWeight"/>.</param>
    public static EvaluationReport Evaluate(IReadOnlyList<LabelledExample> holdout, IReadOnlyList<ScoredSystem> systems, EvaluationOptions? options = null, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(holdout);
        ArgumentNullException.ThrowIfNull(systems);
        options ??= new EvaluationOptions();
        var labels = holdout.Select(e => e.EvaluationLabel).ToArray();
        var designWeights = (weights ?? holdout.Select(e => e.SampleWeight).ToArray()).ToArray();
        if (designWeights.Length != holdout.Count)
        {
            throw new ArgumentException($"{designWeights.Length} weights for {holdout.Count} examples.", nameof(weights));
        }

        var weighted = designWeights.Any(w => w != 1);
        var results = systems.Select(s => EvaluateSystem(holdout, labels, s, options, weighted ? designWeights : null)).ToArray();
        return new EvaluationReport
        {
            HoldoutRows = holdout.Count,
            HoldoutPositives = labels.Count(l => l),
            LabelSource = holdout.Any(e => e.TrueLabel is not null) ? "ground truth (synthetic)" : "observed review labels",
            CapacityRule = options.DailyVolume is { } v
                ? "k per jurisdiction-day = max(1, round(capacity / daily volume × holdout records that day)); daily volumes assumed: " + string.Join(", ", v.OrderBy(x => x.Key).Select(x => $"{x.Key.ToCode()} {x.Value:N0}"))
                : $"k per jurisdiction-day = max(1, round(capacity × {options.CapacityScale:F3}))",
            Systems = results,
            Weighted = weighted,
            WeightedRows = weighted ? designWeights.Sum() : null,
        };
    }

    private static SystemEvaluation EvaluateSystem(IReadOnlyList<LabelledExample> holdout, bool[] labels, ScoredSystem system, EvaluationOptions options, double[]? weights)
    {
        if (system.Scores.Count != holdout.Count)
        {
            throw new ArgumentException($"System '{system.Name}' has {system.Scores.Count} scores for {holdout.Count} examples.", nameof(system));
        }

        var scores = system.Scores;
        var hits = new bool[holdout.Count];
        var capacity = new List<CapacityResult>();
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var capacityPerDay = options.DailyCapacity.GetValueOrDefault(jurisdiction);
            var share = options.DailyVolume is { } volume ? capacityPerDay / (double)Math.Max(1, volume.GetValueOrDefault(jurisdiction, 1)) : double.NaN;
            var days = Enumerable.Range(0, holdout.Count)
                .Where(i => holdout[i].Record.Jurisdiction == jurisdiction)
                .GroupBy(i => DateOnly.FromDateTime(holdout[i].ScreenedAt.UtcDateTime));
            int records = 0, flagged = 0, truePositives = 0, positives = 0, dayCount = 0;
            foreach (var day in days)
            {
                dayCount++;
                var indices = day.ToArray();
                var k = Math.Max(1, (int)Math.Round(double.IsNaN(share) ? capacityPerDay * options.CapacityScale : share * indices.Length));
                records += indices.Length;
                positives += indices.Count(i => labels[i]);
                foreach (var i in indices.OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k))
                {
                    hits[i] = true;
                    flagged++;
                    truePositives += labels[i] ? 1 : 0;
                }
            }

            capacity.Add(new CapacityResult(jurisdiction.ToCode(), capacityPerDay, share, dayCount, records, flagged, positives, truePositives,
                flagged == 0 ? double.NaN : truePositives / (double)flagged, positives == 0 ? double.NaN : truePositives / (double)positives));
        }

        var totalPositives = labels.Count(l => l);
        var totalHits = hits.Count(h => h);
        var hitPositives = Enumerable.Range(0, hits.Length).Count(i => hits[i] && labels[i]);
        var typologies = Enum.GetValues<Typology>()
            .Select(t =>
            {
                var members = Enumerable.Range(0, holdout.Count).Where(i => labels[i] && holdout[i].Typology == t).ToArray();
                return new TypologyRecall(t.ToString(), members.Length, members.Count(i => hits[i]), members.Length == 0 ? double.NaN : members.Count(i => hits[i]) / (double)members.Length);
            })
            .ToArray();

        var overallHitRate = totalHits / (double)Math.Max(1, holdout.Count);
        var overallRecall = totalPositives == 0 ? double.NaN : hitPositives / (double)totalPositives;
        var fairness = new List<FairnessGroup>();
        void Groups(string dimension, Func<LabelledExample, string> groupOf)
        {
            foreach (var group in Enumerable.Range(0, holdout.Count).GroupBy(i => groupOf(holdout[i])).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var indices = group.ToArray();
                var groupHits = indices.Count(i => hits[i]);
                var groupPositives = indices.Count(i => labels[i]);
                var groupHitPositives = indices.Count(i => hits[i] && labels[i]);
                var hitRate = groupHits / (double)indices.Length;
                var recall = groupPositives == 0 ? double.NaN : groupHitPositives / (double)groupPositives;
                var hitRatio = overallHitRate == 0 ? double.NaN : hitRate / overallHitRate;
                var recallRatio = double.IsNaN(recall) || double.IsNaN(overallRecall) || overallRecall == 0 ? double.NaN : recall / overallRecall;
                var hitFlag = indices.Length * overallHitRate >= options.MinimumExpectedHits && Outside(hitRatio, options);
                var recallFlag = groupPositives >= options.MinimumGroupPositives && Outside(recallRatio, options);
                fairness.Add(new FairnessGroup(dimension, group.Key, indices.Length, groupHits, groupPositives, hitRate, hitRatio, recall, recallRatio, hitFlag || recallFlag));
            }
        }

        Groups("nationality group", e => NationalityGroups.Of(e.Record.AuditAttributes?.Nationality));
        Groups("sex", e => e.Record.AuditAttributes?.Sex is { Length: > 0 } sex ? sex : "unknown");
        Groups("age band", e => AgeBand(e));

        var probabilities = system.IsCalibratedProbability ? scores : null;
        double? weightedPrecision = null, weightedRecall = null;
        if (weights is not null)
        {
            double hitWeight = 0, hitPositiveWeight = 0, positiveWeight = 0;
            for (var i = 0; i < hits.Length; i++)
            {
                hitWeight += hits[i] ? weights[i] : 0;
                hitPositiveWeight += hits[i] && labels[i] ? weights[i] : 0;
                positiveWeight += labels[i] ? weights[i] : 0;
            }

            weightedPrecision = hitWeight == 0 ? double.NaN : hitPositiveWeight / hitWeight;
            weightedRecall = positiveWeight == 0 ? double.NaN : hitPositiveWeight / positiveWeight;
        }

        return new SystemEvaluation
        {
            Name = system.Name,
            Auprc = BinaryMetrics.AveragePrecision(scores, labels),
            RocAuc = BinaryMetrics.RocAuc(scores, labels),
            Brier = probabilities is null ? null : BinaryMetrics.Brier(probabilities, labels),
            Reliability = probabilities is null ? [] : BinaryMetrics.Reliability(probabilities, labels),
            PrCurve = Thin(BinaryMetrics.PrCurve(scores, labels).Select(p => new CurvePoint(p.Recall, p.Precision)).ToArray()),
            RocCurve = Thin(BinaryMetrics.RocCurve(scores, labels).Select(p => new CurvePoint(p.Fpr, p.Tpr)).ToArray()),
            Capacity = capacity,
            Hits = totalHits,
            PrecisionAtCapacity = totalHits == 0 ? double.NaN : hitPositives / (double)totalHits,
            RecallAtCapacity = overallRecall,
            WeightedAuprc = weights is null ? null : BinaryMetrics.AveragePrecision(scores, labels, weights),
            WeightedPrecisionAtCapacity = weightedPrecision,
            WeightedRecallAtCapacity = weightedRecall,
            Typologies = typologies,
            Fairness = fairness,
        };
    }

    private static bool Outside(double ratio, EvaluationOptions options) =>
        !double.IsNaN(ratio) && (ratio < options.FairnessLow || ratio > options.FairnessHigh);

    private static string AgeBand(LabelledExample example)
    {
        var birth = example.Record switch
        {
            TravellerRecord t => t.BirthDate,
            WorkPermitRecord p => p.BirthDate,
            _ => null,
        };
        if (birth is not { } b)
        {
            return "unknown";
        }

        var age = (DateOnly.FromDateTime(example.ScreenedAt.UtcDateTime).DayNumber - b.DayNumber) / 365.25;
        return age switch
        {
            < 18 => "0-17",
            < 25 => "18-24",
            < 40 => "25-39",
            < 60 => "40-59",
            _ => "60+",
        };
    }

    // Keeps curves small in JSON and plots: at most ~400 points, always the first and last.
    private static CurvePoint[] Thin(CurvePoint[] points)
    {
        if (points.Length <= 400)
        {
            return points;
        }

        var step = points.Length / 400.0;
        var result = new List<CurvePoint>();
        for (var x = 0.0; x < points.Length; x += step)
        {
            result.Add(points[(int)x]);
        }

        result.Add(points[^1]);
        return [.. result];
    }
}
