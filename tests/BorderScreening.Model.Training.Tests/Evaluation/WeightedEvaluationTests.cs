using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Training.Evaluation;
using BorderScreening.TestSupport.Model;

namespace BorderScreening.Model.Training.Tests.Evaluation;

/// <summary>Evaluation weighted by inclusion probability (issue 20, point 2).</summary>
public sealed class WeightedEvaluationTests
{
    // One AW day, ten records ranked by index; capacity 2. Positives: #0 (a hit), #2 (a hit) and #9, a
    // random check drawn at 1% that the score misses. #1 is a random-check negative drawn at 1% ranked
    // into capacity. Each random check stands for 100 records.
    private static readonly double[] Scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1];

    private static (IReadOnlyList<LabelledExample> Holdout, EvaluationOptions Options) Holdout(bool randomChecks)
    {
        var template = ModelTestData.Examples.First(e => e.Record.Jurisdiction == Jurisdiction.AW).ToLabelled();
        var day = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var holdout = Enumerable.Range(0, 10)
            .Select(i => template with
            {
                ScreenedAt = day,
                Label = i is 0 or 2 or 9,
                TrueLabel = null,
                RandomCheck = randomChecks && i is 1 or 9,
                InclusionProbability = randomChecks && i is 1 or 9 ? 0.01 : null,
            })
            .ToList();
        var options = new EvaluationOptions { DailyVolume = null, DailyCapacity = new Dictionary<Jurisdiction, int> { [Jurisdiction.AW] = 2 } };
        return (holdout, options);
    }

    [Fact]
    public void Evaluate_MissedRandomCheckPositive_WeightedRecallBelowUnweighted()
    {
        var (holdout, options) = Holdout(randomChecks: true);

        var s = ModelEvaluator.Evaluate(holdout, [new ScoredSystem("s", Scores, false)], options)["s"];

        Assert.Equal(1 / 3.0, s.RecallAtCapacity, 6);
        Assert.Equal(1 / 102.0, s.WeightedRecallAtCapacity!.Value, 6);
    }

    [Fact]
    public void Evaluate_RandomCheckNegativeInCapacity_WeightedPrecisionBelowUnweighted()
    {
        var (holdout, options) = Holdout(randomChecks: true);

        var s = ModelEvaluator.Evaluate(holdout, [new ScoredSystem("s", Scores, false)], options)["s"];

        Assert.Equal(0.5, s.PrecisionAtCapacity, 6);
        Assert.Equal(1 / 101.0, s.WeightedPrecisionAtCapacity!.Value, 6);
    }

    [Fact]
    public void Evaluate_HeavyNegativeAboveHeavyPositive_WeightedAuprcBelowUnweighted()
    {
        var (holdout, options) = Holdout(randomChecks: true);

        var report = ModelEvaluator.Evaluate(holdout, [new ScoredSystem("s", Scores, false)], options);

        // Unweighted: (1/1 + 2/3 + 3/10) / 3. Weighted: (1 + 2/102 + 100 × 102/208) / 102.
        Assert.True(report.Weighted);
        Assert.Equal(208, report.WeightedRows!.Value, 6);
        Assert.Equal((1 + (2 / 3.0) + 0.3) / 3, report["s"].Auprc, 6);
        Assert.Equal((1 + (2 / 102.0) + (100 * 102 / 208.0)) / 102, report["s"].WeightedAuprc!.Value, 6);
        Assert.True(report["s"].WeightedAuprc < report["s"].Auprc);
    }

    [Fact]
    public void Evaluate_NoRandomChecks_NoWeightedFigures()
    {
        var (holdout, options) = Holdout(randomChecks: false);

        var report = ModelEvaluator.Evaluate(holdout, [new ScoredSystem("s", Scores, false)], options);

        Assert.False(report.Weighted);
        Assert.Null(report["s"].WeightedAuprc);
        Assert.Null(report["s"].WeightedRecallAtCapacity);
    }

    [Fact]
    public void AveragePrecision_EqualWeights_EqualsUnweighted()
    {
        bool[] labels = [true, false, true, false, false, false, false, false, false, true];

        var weighted = BinaryMetrics.AveragePrecision(Scores, labels, Enumerable.Repeat(3.0, labels.Length).ToArray());

        Assert.Equal(BinaryMetrics.AveragePrecision(Scores, labels), weighted, 10);
    }
}
