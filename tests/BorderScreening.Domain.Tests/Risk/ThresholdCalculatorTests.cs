using BorderScreening.Domain.Risk;

namespace BorderScreening.Domain.Tests.Risk;

public class ThresholdCalculatorTests
{
    private static readonly CapacityOptions Options = new() { Floor = 0.1, Ceiling = 0.99, MinimumSample = 100 };

    [Fact]
    public void Compute_SkewedScores_LetsThroughAboutCapacityPerDay()
    {
        var random = new Random(7);
        var week = Enumerable.Range(0, 7 * 3000).Select(_ => Math.Pow(random.NextDouble(), 6)).ToList();
        var nextDay = Enumerable.Range(0, 3000).Select(_ => Math.Pow(random.NextDouble(), 6)).ToList();

        var threshold = ThresholdCalculator.Compute(week, 7, 40, Options)!.Value;
        var hits = nextDay.Count(s => s >= threshold);

        Assert.InRange(hits, 32, 48);
    }

    [Fact]
    public void Compute_CapacityAboveVolume_FallsToFloor()
    {
        var scores = Enumerable.Range(0, 150).Select(i => i / 1000.0).ToList();

        Assert.Equal(Options.Floor, ThresholdCalculator.Compute(scores, 1, 500, Options));
    }

    [Fact]
    public void Compute_ManyHighScores_StopsAtCeiling()
    {
        var scores = Enumerable.Repeat(0.999, 1000).ToList();

        Assert.Equal(Options.Ceiling, ThresholdCalculator.Compute(scores, 1, 10, Options));
    }

    [Fact]
    public void Compute_TooFewScores_KeepsTheDefault()
    {
        Assert.Null(ThresholdCalculator.Compute([0.5, 0.6], 1, 10, Options));
    }
}
