using BorderScreening.Model.Serving.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BorderScreening.Model.Serving.Tests.Evaluation;

public sealed class BinaryMetricsTests
{
    [Fact]
    public void AveragePrecision_PerfectRanking_IsOne()
    {
        Assert.Equal(1.0, BinaryMetrics.AveragePrecision([0.9, 0.8, 0.1, 0.05], [true, true, false, false]));
    }

    [Fact]
    public void AveragePrecision_KnownRanking_MatchesHandComputation()
    {
        // Positives at ranks 1 and 3: (1/1 + 2/3) / 2.
        Assert.Equal((1 + (2.0 / 3)) / 2, BinaryMetrics.AveragePrecision([0.9, 0.8, 0.7, 0.1], [true, false, true, false]), 10);
    }

    [Fact]
    public void RocAuc_ReversedRanking_IsZeroAndTiesAreHalf()
    {
        Assert.Equal(0.0, BinaryMetrics.RocAuc([0.1, 0.9], [true, false]));
        Assert.Equal(0.5, BinaryMetrics.RocAuc([0.5, 0.5], [true, false]));
    }

    [Fact]
    public void Brier_ConstantPrediction_IsSquaredError()
    {
        Assert.Equal(0.25, BinaryMetrics.Brier([0.5, 0.5], [true, false]), 10);
    }

    [Property(MaxTest = 200)]
    public Property RocAucAndAveragePrecision_MonotoneTransformOfScores_Unchanged(NonEmptyArray<NormalFloat> raw, int seed)
    {
        var scores = raw.Get.Select(f => (double)f.Get).ToArray();
        var labels = scores.Select((_, i) => ((i * 7919) + seed) % 3 == 0).ToArray();
        var transformed = scores.Select(x => (2 * x) + 5).ToArray();

        var auc = BinaryMetrics.RocAuc(scores, labels);
        var ap = BinaryMetrics.AveragePrecision(scores, labels);
        var sameAuc = double.IsNaN(auc) ? double.IsNaN(BinaryMetrics.RocAuc(transformed, labels)) : Math.Abs(auc - BinaryMetrics.RocAuc(transformed, labels)) < 1e-12;
        var sameAp = double.IsNaN(ap) ? double.IsNaN(BinaryMetrics.AveragePrecision(transformed, labels)) : Math.Abs(ap - BinaryMetrics.AveragePrecision(transformed, labels)) < 1e-12;
        var inRange = (double.IsNaN(auc) || auc is >= 0 and <= 1) && (double.IsNaN(ap) || ap is >= 0 and <= 1);

        return (sameAuc && sameAp && inRange).ToProperty();
    }
}
