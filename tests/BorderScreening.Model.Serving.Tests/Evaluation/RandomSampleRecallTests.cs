using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.TestSupport;

namespace BorderScreening.Model.Serving.Tests.Evaluation;

/// <summary>Recall estimated from the random review sample, and the design weights behind it.</summary>
public sealed class RandomSampleRecallTests
{
    private static LabelledExample Example(bool label, bool randomCheck = false, double? inclusion = null) => new()
    {
        Record = Records.Traveller(),
        Label = label,
        RandomCheck = randomCheck,
        InclusionProbability = inclusion,
    };

    private static IEnumerable<LabelledExample> Data(int confirmedHits, int clearedHits, int checks, int checkPositives, double share) =>
        Enumerable.Repeat(Example(true), confirmedHits)
            .Concat(Enumerable.Repeat(Example(false), clearedHits))
            .Concat(Enumerable.Repeat(Example(true, true, share), checkPositives))
            .Concat(Enumerable.Repeat(Example(false, true, share), checks - checkPositives));

    [Fact]
    public void From_PositiveRandomChecks_EstimateTheMissedCasesByTheirDesignWeight()
    {
        // 200 random checks at 0.5% stand for 40,000 non-hits; 2 referred stand for 400 missed cases.
        var estimate = RandomSampleRecall.From(Data(confirmedHits: 600, clearedHits: 900, checks: 200, checkPositives: 2, share: 0.005));

        Assert.Equal(600, estimate.ConfirmedHits);
        Assert.Equal(200, estimate.RandomChecks);
        Assert.Equal(2, estimate.RandomCheckPositives);
        Assert.Equal(400, estimate.EstimatedMissed, 6);
        Assert.Equal(600 / 1000.0, estimate.Recall!.Value, 6);
        Assert.InRange(estimate.Lower!.Value, 0.2, estimate.Recall.Value);
        Assert.InRange(estimate.Upper!.Value, estimate.Recall.Value, 1);
    }

    [Fact]
    public void From_MoreRandomChecks_NarrowsTheInterval()
    {
        var few = RandomSampleRecall.From(Data(600, 900, checks: 200, checkPositives: 2, share: 0.005));
        var many = RandomSampleRecall.From(Data(600, 900, checks: 2_000, checkPositives: 20, share: 0.05));

        Assert.Equal(few.Recall!.Value, many.Recall!.Value, 6);
        Assert.True(many.Upper - many.Lower < few.Upper - few.Lower);
    }

    [Fact]
    public void From_NoPositiveRandomCheck_GivesRecallOneWithAnUpperBoundOfMisses()
    {
        var estimate = RandomSampleRecall.From(Data(100, 50, checks: 300, checkPositives: 0, share: 0.01));

        Assert.Equal(1, estimate.Recall!.Value, 6);
        Assert.Equal(1, estimate.Upper!.Value, 6);
        Assert.True(estimate.Lower < 0.5, $"about 3.7 checks' worth (370 missed) bounds recall below, got {estimate.Lower}");
    }

    [Fact]
    public void From_WithoutRandomChecks_HasNoEstimate()
    {
        var estimate = RandomSampleRecall.From(Data(100, 50, checks: 0, checkPositives: 0, share: 0.01));

        Assert.Null(estimate.Recall);
        Assert.Null(estimate.Lower);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(0.005, 200)]
    [InlineData(1e-9, LabelledExample.MaxSampleWeight)]
    public void SampleWeight_IsTheInverseInclusionProbabilityCapped(double? inclusion, double expected) =>
        Assert.Equal(expected, Example(false, inclusion is not null, inclusion).SampleWeight, 6);
}
