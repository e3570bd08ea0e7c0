using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Registry;

namespace BorderScreening.Model.Serving.Tests.Registry;

/// <summary>The gates read the server's figures; the card's are only compared with them.</summary>
public sealed class ServerGateTests
{
    private static readonly RegistrationFigures Card = new(Auprc: 0.60, RocAuc: 0.95, RulesAuprc: 0.30, ActiveModelAuprc: 0.58, FairnessFlags: "", RecallAtCapacity: 0.70);

    private static RegisteredModel Shadow(RegistrationFigures card, ServerEvaluation? server) =>
        new("m", ModelStage.Shadow, "trainer", default, FeatureSchema.Hash, "", card, "reviewer", null, server);

    [Fact]
    public void Check_CardBeatsRulesButServerFiguresDoNot_RefusedByBeatsRulesWithServerFigures()
    {
        var server = ModelRegistryTests.ServerOf(Card with { Auprc = 0.08, RulesAuprc = 0.12, ActiveModelAuprc = null });

        var error = Assert.Throws<PromotionGateException>(() => PromotionGates.Check(Shadow(Card, server), ModelStage.Active, "reviewer"));

        Assert.Equal(PromotionGates.BeatsRules, error.Gate);
        Assert.Contains("AUPRC 0.080", error.Message, StringComparison.Ordinal);
        Assert.Contains("(0.120)", error.Message, StringComparison.Ordinal);
        Assert.Contains("computed by the server", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0.600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CardWeakButServerFiguresGood_Passes()
    {
        var server = ModelRegistryTests.ServerOf(Card);

        var exception = Record.Exception(() => PromotionGates.Check(Shadow(Card with { Auprc = 0.1 }, server), ModelStage.Active, "reviewer"));

        Assert.Null(exception);
    }

    [Fact]
    public void Check_NoServerEvaluation_RefusedNamingTheGate()
    {
        var error = Assert.Throws<PromotionGateException>(() => PromotionGates.Check(Shadow(Card, null), ModelStage.Active, "reviewer"));

        Assert.Equal(PromotionGates.ServerEvaluationGate, error.Gate);
    }

    [Fact]
    public void Check_ToShadowWithoutServerEvaluation_Passes()
    {
        var candidate = Shadow(Card, null) with { Stage = ModelStage.Candidate, ShadowBy = null };

        var exception = Record.Exception(() => PromotionGates.Check(candidate, ModelStage.Shadow, "reviewer"));

        Assert.Null(exception);
    }

    [Fact]
    public void ThrowIfInflated_CardAuprcBeyondTolerance_RefusedNamingCardFigures()
    {
        var server = ModelRegistryTests.ServerOf(Card with { Auprc = 0.40 });

        var error = Assert.Throws<PromotionGateException>(() => CardFigures.ThrowIfInflated("m", Card with { Auprc = 0.99 }, server, refuseTolerance: 0.15));

        Assert.Equal(PromotionGates.CardFiguresGate, error.Gate);
        Assert.Equal("card-figures", error.Gate);
        Assert.Contains("claims AUPRC 0.990", error.Message, StringComparison.Ordinal);
        Assert.Contains("server computed 0.400", error.Message, StringComparison.Ordinal);
        Assert.Contains("es-test", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowIfInflated_RecallAtCapacityInflated_Refused()
    {
        var server = ModelRegistryTests.ServerOf(Card with { RecallAtCapacity = 0.30 });

        var error = Assert.Throws<PromotionGateException>(() => CardFigures.ThrowIfInflated("m", Card, server, refuseTolerance: 0.15));

        Assert.Contains("recall at capacity", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.74, true)]
    [InlineData(0.76, false)]
    public void ThrowIfInflated_WithinTolerance_PassesAndBelowServerNeverRefused(double claimed, bool passes)
    {
        var server = ModelRegistryTests.ServerOf(Card with { Auprc = 0.60 });

        var exception = Record.Exception(() => CardFigures.ThrowIfInflated("m", Card with { Auprc = claimed }, server, refuseTolerance: 0.15));
        var modest = Record.Exception(() => CardFigures.ThrowIfInflated("m", Card with { Auprc = 0.01 }, server, refuseTolerance: 0.15));

        Assert.Equal(passes, exception is null);
        Assert.Null(modest);
    }

    [Fact]
    public void Mismatch_BeyondFlagTolerance_NamesEachFigure()
    {
        var server = Card with { Auprc = 0.50, RulesAuprc = 0.31, FairnessFlags = "sex = F" };

        var mismatch = CardFigures.Mismatch(Card, server, flagTolerance: 0.05);
        var agreed = CardFigures.Mismatch(Card, Card with { Auprc = 0.62 }, flagTolerance: 0.05);

        Assert.Contains("AUPRC: card 0.600, server 0.500", mismatch, StringComparison.Ordinal);
        Assert.DoesNotContain("rules-only", mismatch, StringComparison.Ordinal);
        Assert.Contains("fairness flags", mismatch, StringComparison.Ordinal);
        Assert.Equal("", agreed);
    }
}
