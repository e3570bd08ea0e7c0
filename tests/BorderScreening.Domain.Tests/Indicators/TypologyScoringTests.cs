using BorderScreening.Domain.Indicators;
using FsCheck;
using FsCheck.Xunit;

namespace BorderScreening.Domain.Tests.Indicators;

public class TypologyScoringTests
{
    private const double K = 3;

    private static FiredIndicator Fired(int typology, double weight, bool shadow = false) => new()
    {
        Id = "X", Typology = (Typology)(Math.Abs(typology) % TypologyScoring.TypologyCount), Weight = weight, Shadow = shadow,
    };

    /// <summary>Weights in tenths, clamped to the catalogue's [-10, 10].</summary>
    private static double Weight(int tenths) => Math.Clamp(tenths / 10.0, -10, 10);

    [Property]
    public bool TypologyScore_LargerWeightSum_NeverLower(int a, int b)
    {
        var (low, high) = (Math.Min(a, b) / 10.0, Math.Max(a, b) / 10.0);
        return TypologyScoring.TypologyScore(low, K) <= TypologyScoring.TypologyScore(high, K);
    }

    [Property]
    public bool Score_RaisingAPositiveWeight_NeverLowersAnyScore((int Typology, int Tenths)[] fired, int index, PositiveInt raise)
    {
        if (fired.Length == 0)
        {
            return true;
        }

        var list = fired.Select(f => Fired(f.Typology, Weight(f.Tenths))).ToList();
        var i = Math.Abs(index % list.Count);
        if (list[i].Weight <= 0)
        {
            list[i] = list[i] with { Weight = 0.1 };
        }

        var before = TypologyScoring.Score(list, K);
        list[i] = list[i] with { Weight = Math.Min(10, list[i].Weight + raise.Get / 10.0) };
        var after = TypologyScoring.Score(list, K);

        return after.RulesScore >= before.RulesScore
            && Enum.GetValues<Typology>().All(t => after.TypologyScores[t] >= before.TypologyScores[t]);
    }

    [Property]
    public bool Score_AddingAPositiveIndicator_NeverLowersTheRulesScore((int Typology, int Tenths)[] fired, int typology, PositiveInt tenths)
    {
        var list = fired.Select(f => Fired(f.Typology, Weight(f.Tenths))).ToList();
        var before = TypologyScoring.Score(list, K).RulesScore;
        list.Add(Fired(typology, Weight(tenths.Get)));

        return TypologyScoring.Score(list, K).RulesScore >= before;
    }

    [Property]
    public bool Score_AnyWeights_StayWithinUnitInterval((int Typology, int Tenths)[] fired)
    {
        var (scores, rules) = TypologyScoring.Score(fired.Select(f => Fired(f.Typology, Weight(f.Tenths))), K);
        return rules is >= 0 and <= 1 && scores.Values.All(s => s is >= 0 and <= 1);
    }

    [Property]
    public bool Score_ShadowIndicators_NeverChangeTheScore((int Typology, int Tenths)[] active, (int Typology, int Tenths)[] shadow)
    {
        var activeOnly = active.Select(f => Fired(f.Typology, Weight(f.Tenths))).ToList();
        var withShadow = activeOnly.Concat(shadow.Select(f => Fired(f.Typology, Weight(f.Tenths), shadow: true)));

        return TypologyScoring.Score(activeOnly, K).RulesScore == TypologyScoring.Score(withShadow, K).RulesScore;
    }

    [Fact]
    public void Score_ExoneratingWeight_SubtractsWithinItsTypologyOnly()
    {
        var (scores, _) = TypologyScoring.Score(
            [Fired((int)Typology.LabourExploitation, 2), Fired((int)Typology.SexualExploitation, 2), Fired((int)Typology.SexualExploitation, -1.5)], K);

        Assert.Equal(TypologyScoring.TypologyScore(2, K), scores[Typology.LabourExploitation], 12);
        Assert.Equal(TypologyScoring.TypologyScore(0.5, K), scores[Typology.SexualExploitation], 12);
    }

    [Fact]
    public void RulesScore_TwoTypologies_CombineAsNoisyOr()
    {
        Assert.Equal(1 - (0.5 * 0.6), TypologyScoring.RulesScore([0.5, 0.4]), 12);
    }
}
