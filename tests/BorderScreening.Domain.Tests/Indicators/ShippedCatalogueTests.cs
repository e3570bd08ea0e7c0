using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Indicators;

public class ShippedCatalogueTests
{
    public static TheoryData<string> EvaluatedIds()
    {
        var data = new TheoryData<string>();
        foreach (var indicator in Shipped.Indicators.Where(i => i.Status != IndicatorStatus.Retired))
        {
            data.Add(indicator.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EvaluatedIds))]
    public void Evaluate_IndicatorCase_FiresOnOneRecordAndNotOnItsTwin(string id)
    {
        Assert.True(IndicatorCases.All.TryGetValue(id, out var cases), $"indicator {id} has no test case in IndicatorCases");
        var indicator = Shipped.Find(id)!;

        var firing = Evaluate(cases.Fires);
        var quiet = Evaluate(cases.DoesNotFire);

        var fired = Assert.Single(indicator.Status == IndicatorStatus.Shadow ? firing.ShadowFired : firing.Fired, f => f.Id == id);
        Assert.DoesNotContain(quiet.Fired.Concat(quiet.ShadowFired), f => f.Id == id);
        Assert.DoesNotContain(quiet.NotEvaluated, n => n.Id == id);
        Assert.Equal(indicator.ForcesReview, fired.ForcesReview);
        Assert.Equal(indicator.Weight, fired.Weight);
    }

    [Theory]
    [MemberData(nameof(EvaluatedIds))]
    public void Evaluate_FiredIndicator_ExplainsWithEveryValueInBothLanguages(string id)
    {
        var fired = Evaluate(IndicatorCases.All[id].Fires);
        var hit = fired.Fired.Concat(fired.ShadowFired).Single(f => f.Id == id);

        foreach (var text in new[] { hit.ExplanationEn, hit.ExplanationNl, hit.TitleEn, hit.TitleNl })
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("?", text, StringComparison.Ordinal);
        }

        Assert.NotEqual(hit.ExplanationEn, hit.ExplanationNl);
        foreach (var name in Shipped.Find(id)!.ValueNames)
        {
            Assert.True(hit.Values.ContainsKey(name), $"{id} lacks value {name}");
        }
    }

    [Fact]
    public void Cases_EveryCaseNamesAnEvaluatedIndicator_NoStaleCases()
    {
        var ids = Shipped.Indicators.Where(i => i.Status != IndicatorStatus.Retired).Select(i => i.Id).ToHashSet();

        Assert.All(IndicatorCases.All.Keys, k => Assert.Contains(k, ids));
    }

    [Fact]
    public void LoadEmbedded_ShippedCatalogue_MeetsCoverageRules()
    {
        var live = Shipped.Indicators.Where(i => i.Status != IndicatorStatus.Retired).ToList();

        Assert.Matches(@"^\d{4}\.\d{1,2}\.\d+$", Shipped.Version);
        Assert.True(live.Count >= 28, $"only {live.Count} indicators");
        Assert.True(live.Count(i => i.Status == IndicatorStatus.Shadow) >= 3);
        Assert.True(live.Count(i => i.IsExonerating) >= 3);
        Assert.Contains(live, i => i.AppliesTo == RecordKind.Traveller);
        Assert.Contains(live, i => i.AppliesTo == RecordKind.WorkPermit);
        foreach (var typology in Enum.GetValues<Typology>())
        {
            Assert.Contains(live, i => i.Typology == typology && i.Status == IndicatorStatus.Active && i.Weight > 0);
        }

        Assert.All(Shipped.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Source)));
        Assert.Equal(JurisdictionCodes.All.Count, Shipped.MinimumWages.Jurisdictions.Count);
    }

    [Fact]
    public void Evaluate_PlainRecords_FireNothing()
    {
        var traveller = Evaluate(TestSupport.Records.Traveller());
        var permit = Evaluate(TestSupport.Records.WorkPermit() with
        {
            FeesPaidByWorker = 0, DocumentsKeptBy = DocumentKeeper.Worker, LoanFromEmployer = false, AppliedInPerson = true,
        });

        Assert.Empty(traveller.Fired);
        Assert.Empty(permit.Fired);
        Assert.Equal(0, traveller.RulesScore);
        Assert.Equal(0, permit.RulesScore);
    }
}
