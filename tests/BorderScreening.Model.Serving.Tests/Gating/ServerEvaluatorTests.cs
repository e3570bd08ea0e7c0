using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Gating;

namespace BorderScreening.Model.Serving.Tests.Gating;

public sealed class ServerEvaluatorTests
{
    private static readonly ModelGateOptions Options = new();

    private static EvaluationRow Row(bool label, double weight = 1, string jurisdiction = "AW", int day = 1, string nationality = "Caribbean", string sex = "F") =>
        new(jurisdiction, new DateOnly(2026, 11, day), new float[BorderScreening.Model.Serving.Features.FeatureSchema.Count], 0, label, weight, weight > 1, nationality, sex);

    [Fact]
    public void WeightedAveragePrecision_UnitWeights_EqualsUnweightedAveragePrecision()
    {
        var random = new Random(3);
        var rows = Enumerable.Range(0, 500).Select(_ => Row(random.NextDouble() < 0.1)).ToList();
        var scores = rows.Select(r => (r.Label ? 0.3 : 0) + Math.Round(random.NextDouble(), 2)).ToList();

        var weighted = ServerEvaluator.WeightedAveragePrecision(rows, scores);

        Assert.Equal(BinaryMetrics.AveragePrecision(scores, rows.Select(r => r.Label).ToList()), weighted, 10);
    }

    [Fact]
    public void WeightedAveragePrecision_RandomCheckNegativeAboveThePositive_CountsAsManyNegatives()
    {
        // A random-check negative drawn at 1% stands for 100 unreviewed negatives like it.
        List<EvaluationRow> rows = [Row(false, weight: 100), Row(true)];
        List<double> scores = [0.9, 0.5];

        var ap = ServerEvaluator.WeightedAveragePrecision(rows, scores);

        Assert.Equal(1 / 101.0, ap, 10);
    }

    [Fact]
    public void HitsAtCapacity_ShareOfTheDaysWeight_PerJurisdictionDay()
    {
        // AW: 40 reviews a day out of 7,000 records; 700 records that day → k = 4.
        var rows = Enumerable.Range(0, 700).Select(i => Row(i < 10)).ToList();
        var scores = Enumerable.Range(0, 700).Select(i => 1.0 - (i / 1000.0)).ToList();

        var hits = ServerEvaluator.HitsAtCapacity(rows, scores, Options);
        var figures = ServerEvaluator.Evaluate(rows, scores, Options);

        Assert.Equal(4, hits.Count(h => h));
        Assert.Equal(0.4, figures.RecallAtCapacity, 10);
    }

    [Fact]
    public void Evaluate_GroupHitRateFarBelowOverall_FlagsTheGroup()
    {
        // Two sex groups of 3,500 records; the scores put every hit in group F.
        var rows = Enumerable.Range(0, 7000).Select(i => Row(i % 100 == 0, day: 1 + (i / 700), sex: i % 2 == 0 ? "F" : "M")).ToList();
        var scores = rows.Select((r, i) => r.Sex == "F" ? 0.5 + (i / 100000.0) : i / 100000.0).ToList();

        var figures = ServerEvaluator.Evaluate(rows, scores, new ModelGateOptions { MinimumExpectedHits = 1 });

        Assert.Contains("sex = M", figures.FairnessFlags, StringComparison.Ordinal);
    }
}
