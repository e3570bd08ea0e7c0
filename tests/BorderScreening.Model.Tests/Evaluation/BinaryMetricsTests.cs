using BorderScreening.Model.Evaluation;

namespace BorderScreening.Model.Tests.Evaluation;

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
}
