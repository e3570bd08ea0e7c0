using BorderScreening.Domain.Indicators;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Indicators;

public class IndicatorCatalogueHolderTests
{
    [Fact]
    public void TrySwap_ValidCandidate_PutsItInService()
    {
        var holder = new IndicatorCatalogueHolder(Shipped);
        var evaluator = new CatalogueIndicatorEvaluator(holder);

        var result = holder.TrySwap(EditShipped(root => root["version"] = "2026.12.9"));

        Assert.True(result.Swapped, string.Join("; ", result.Errors));
        Assert.Equal("2026.12.9", holder.Current.Version);
        Assert.Equal("2026.12.9", evaluator.CatalogueVersion);
        Assert.Equal("2026.12.9", evaluator.Evaluate(Context(TestSupport.Records.Traveller())).CatalogueVersion);
    }

    [Fact]
    public void TrySwap_CandidateWithOneProtectedCondition_RejectedWholeAndOldVersionStays()
    {
        var holder = new IndicatorCatalogueHolder(Shipped);
        var evaluator = new CatalogueIndicatorEvaluator(holder);
        var candidate = EditShipped(root =>
        {
            root["version"] = "2026.12.9";
            Indicator(root, "TRV-SPONSOR-NETWORK")["weight"] = 5;
            Indicator(root, "TRV-THIRD-PARTY-PAYMENT")["condition"] = System.Text.Json.Nodes.JsonNode.Parse(
                """{ "op": "eq", "field": "audit.nationality", "value": "XXX" }""");
        });

        var result = holder.TrySwap(candidate);

        Assert.False(result.Swapped);
        Assert.Equal(Shipped.Version, result.VersionInService);
        Assert.Contains(result.Errors, e => e.IndicatorId == "TRV-THIRD-PARTY-PAYMENT" && e.Message.Contains("audit.nationality", StringComparison.Ordinal));
        Assert.Same(Shipped, holder.Current);
        Assert.Equal(2.0, holder.Current.Find("TRV-SPONSOR-NETWORK")!.Weight);
        Assert.Equal(Shipped.Version, evaluator.CatalogueVersion);
    }

    [Fact]
    public void TrySwap_SameVersionDifferentContent_Rejected()
    {
        var holder = new IndicatorCatalogueHolder(Shipped);

        var result = holder.TrySwap(EditShipped(root => Indicator(root, "TRV-SPONSOR-NETWORK")["weight"] = 2.5));

        Assert.False(result.Swapped);
        Assert.Contains("different content", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Same(Shipped, holder.Current);
    }

    [Fact]
    public void TrySwap_SameFileAgain_IsANoOp()
    {
        var holder = new IndicatorCatalogueHolder(Shipped);

        var result = holder.TrySwap(ShippedJson);

        Assert.True(result.Swapped);
        Assert.Same(Shipped, holder.Current);
    }

    [Fact]
    public void TrySwap_WhileEvaluating_EveryOutcomeUsesOneWholeCatalogue()
    {
        var holder = new IndicatorCatalogueHolder(Shipped);
        var evaluator = new CatalogueIndicatorEvaluator(holder);
        var heavier = IndicatorCatalogueLoader.Load(EditShipped(root =>
        {
            root["version"] = "2026.12.9";
            Indicator(root, "TRV-SPONSOR-NETWORK")["weight"] = 6;
        })).Catalogue!;
        var context = Context(TestSupport.Records.Traveller() with { Sponsor = Person }, (BorderScreening.Domain.Records.NetworkEntityType.Sponsor, 30, 9));
        var expected = new Dictionary<string, double>
        {
            [Shipped.Version] = CatalogueIndicatorEvaluator.Evaluate(Shipped, context).RulesScore,
            [heavier.Version] = CatalogueIndicatorEvaluator.Evaluate(heavier, context).RulesScore,
        };

        var swapper = Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                holder.TrySwap(i % 2 == 0 ? heavier : Shipped);
            }
        });
        var outcomes = new List<(string Version, double Score)>();
        while (!swapper.IsCompleted)
        {
            var outcome = evaluator.Evaluate(context);
            outcomes.Add((outcome.CatalogueVersion, outcome.RulesScore));
        }

        Assert.All(outcomes, o => Assert.Equal(expected[o.Version], o.Score));
    }

    [Fact]
    public void FromEmbedded_ShippedCatalogue_IsInService()
    {
        Assert.Equal(Shipped.Version, IndicatorCatalogueHolder.FromEmbedded().Current.Version);
    }
}
