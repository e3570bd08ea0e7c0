using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;
using FsCheck.Xunit;
using Microsoft.Extensions.Options;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Domain.Tests.Risk;

public class RiskCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly RiskCalculator _calculator = new(Options.Create(new RiskOptions()));

    private static ScreeningContext Context() => new(TestRecords.Traveller(), new Pseudonyms(), NetworkCounts.Empty, Now);

    private RiskResult Score(double rules, double probability, bool forced = false)
    {
        var fired = forced
            ? new List<FiredIndicator> { new() { Id = "X", ForcesReview = true, Typology = Typology.ChildTrafficking, Weight = 1 } }
            : [];
        return _calculator.Calculate(Context(), new IndicatorOutcome { RulesScore = rules, Fired = fired }, new ModelOutput { Probability = probability });
    }

    [Property]
    public bool Calculate_HigherRulesOrModel_NeverLowersScore(double r1, double r2, double p1, double p2)
    {
        static double Unit(double x) => double.IsFinite(x) ? Math.Abs(x % 1) : 0;
        var (ra, rb) = (Math.Min(Unit(r1), Unit(r2)), Math.Max(Unit(r1), Unit(r2)));
        var (pa, pb) = (Math.Min(Unit(p1), Unit(p2)), Math.Max(Unit(p1), Unit(p2)));

        return Score(ra, pa).Score <= Score(rb, pa).Score + 1e-9 && Score(ra, pa).Score <= Score(ra, pb).Score + 1e-9;
    }

    [Fact]
    public void Calculate_ForcedReviewWithLowScore_IsHit()
    {
        var result = Score(0.01, 0.01, forced: true);

        Assert.True(result.IsHit);
        Assert.True(result.ForcedReview);
        Assert.Equal(RiskBand.Low, result.Band);
    }

    [Fact]
    public void Calculate_ScoreAtThreshold_IsHitWithArrivalDeadline()
    {
        var result = Score(0.9, 0.9);

        Assert.True(result.IsHit);
        Assert.Equal(RiskBand.High, result.Band);
        Assert.Equal(TestRecords.Traveller().ScheduledArrival(), result.Deadline);
    }

    [Fact]
    public void Calculate_BothZero_ScoresZeroAndNoHit()
    {
        var result = Score(0, 0);

        Assert.Equal(0, result.Score);
        Assert.False(result.IsHit);
        Assert.Null(result.Deadline);
    }

    [Fact]
    public void Calculate_ChildTypologyHit_GetsTopPriority()
    {
        Assert.Equal(1, Score(0.2, 0.2, forced: true).Priority);
    }
}
