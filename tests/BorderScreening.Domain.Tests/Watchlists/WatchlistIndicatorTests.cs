using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using BorderScreening.Domain.Watchlists;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Watchlists;

public class WatchlistIndicatorTests
{
    private static readonly Pseudonymiser Hashes = new(TestKeys.Ring());

    private static IndicatorOutcome Evaluate(WatchlistRules list, Jurisdiction jurisdiction)
    {
        var record = TestRecords.Traveller(jurisdiction: jurisdiction);
        var entry = new ListedEntry { ListId = list.ListId, EntryId = "c1", Kind = WatchlistEntryKind.Person, GivenNames = "Maria", Name = "Jansen", BirthDate = new PartialDate(1990, 4, 12) };
        var pseudonyms = Hashes.Pseudonymise(record);
        var matches = WatchlistIndex.Build("v1", [list], [entry]).Match(record, pseudonyms, DateOnly.FromDateTime(ScreenedAt.UtcDateTime));
        return CatalogueIndicatorEvaluator.Evaluate(Shipped, new ScreeningContext(record, pseudonyms, Quiet(), ScreenedAt) { Watchlist = matches });
    }

    [Theory]
    [InlineData(Jurisdiction.AW)]
    [InlineData(Jurisdiction.BQ_SA)]
    public void MissingChildMatch_InEveryJurisdictionOfTheList_ForcesReview(Jurisdiction jurisdiction)
    {
        var list = new WatchlistRules("children", "Missing children", WatchlistPurpose.MissingChildren, "ChildTrafficking", new HashSet<Jurisdiction>(JurisdictionCodes.All), 0.88, true);

        var outcome = Evaluate(list, jurisdiction);

        var fired = Assert.Single(outcome.Fired, f => f.Id == "TRV-WATCHLIST-MISSING-CHILD");
        Assert.True(fired.ForcesReview);
        Assert.True(outcome.ForcedReview);
        Assert.Equal("c1", fired.Values["entry"]);
        Assert.Contains("JANSEN", fired.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void NameMatch_OnListWhoseFuzzyMatchesOnlyScore_AddsWeightWithoutForcingReview()
    {
        var list = new WatchlistRules("recruiters", "Recruiters", WatchlistPurpose.EntitiesOfInterest, "LabourExploitation", new HashSet<Jurisdiction> { Jurisdiction.CW }, 0.88, false);

        var outcome = Evaluate(list, Jurisdiction.CW);

        var fired = Assert.Single(outcome.Fired, f => f.Id.StartsWith("TRV-WATCHLIST", StringComparison.Ordinal));
        Assert.Equal("TRV-WATCHLIST-LABOUR-NAME", fired.Id);
        Assert.False(fired.ForcesReview);
        Assert.False(outcome.ForcedReview);
    }

    [Fact]
    public void NoListsConsulted_FiresNoWatchlistIndicator()
    {
        var record = TestRecords.Traveller();
        var outcome = CatalogueIndicatorEvaluator.Evaluate(Shipped, new ScreeningContext(record, Hashes.Pseudonymise(record), Quiet(), ScreenedAt));

        Assert.DoesNotContain(outcome.Fired, f => f.Id.Contains("WATCHLIST", StringComparison.Ordinal));
    }
}
