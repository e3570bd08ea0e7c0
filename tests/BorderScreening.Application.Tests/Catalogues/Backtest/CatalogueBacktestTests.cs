using BorderScreening.Application.Catalogues.Backtest;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using TestRecords = BorderScreening.TestSupport.Records;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Application.Tests.Catalogues.Backtest;

public class CatalogueBacktestTests
{
    // The candidate makes third-party payment strong enough to be a hit on its own (1 − e^(−3/3) ≈ 0.63).
    private static readonly IndicatorCatalogue Candidate = IndicatorCatalogueLoader.Load(EditShipped(root =>
    {
        root["version"] = "2026.12.9";
        Indicator(root, "TRV-THIRD-PARTY-PAYMENT")["weight"] = 3.0;
        Indicator(root, "TRV-BOOKING-AGENT-NETWORK")["status"] = "retired";
    })).Catalogue!;

    private static TravellerRecord PaidByOther(string reference, Jurisdiction jurisdiction) =>
        TestRecords.Traveller(reference, jurisdiction) with { Booking = TestRecords.Traveller().Booking! with { PaidBy = Payer.OtherPerson } };

    private static readonly ScreeningContext[] Records =
    [
        Context(TestRecords.Traveller("1", Jurisdiction.CW) with { BirthDate = MinorBirthDate, TravellingWithGuardian = false }),
        Context(PaidByOther("2", Jurisdiction.CW)),
        Context(TestRecords.Traveller("3", Jurisdiction.AW)),
        Context(PaidByOther("4", Jurisdiction.AW)),
        Context(TestRecords.Traveller("5", Jurisdiction.AW) with { Observations = [ObservationCodes.DebtMentioned] }),
    ];

    private static readonly Dictionary<string, string> Outcomes = new()
    {
        [Records[0].Record.SourceIdentity()] = "confirmed",
        [Records[1].Record.SourceIdentity()] = "cleared",
        [Records[2].Record.SourceIdentity()] = "cleared",
        [Records[4].Record.SourceIdentity()] = "Confirmed",
    };

    private static BacktestReport Run() => CatalogueBacktest.Run(Records, Shipped, Candidate, Outcomes);

    [Fact]
    public void Run_SmallSet_CountsHitsAndOutcomesPerCatalogue()
    {
        var report = Run();

        Assert.Equal(5, report.Records);
        Assert.Equal(4, report.RecordsWithOutcome);
        // In service: the unaccompanied minor (forced) and the debt observation (s = 0.63) are hits.
        Assert.Equal(new BacktestTotals(Hits: 2, ForcedReviews: 1, Confirmed: 2, Cleared: 0, ConfirmedMissed: 0), report.InService);
        // Candidate: the two third-party payments become hits too; one of them was cleared.
        Assert.Equal(new BacktestTotals(Hits: 4, ForcedReviews: 1, Confirmed: 2, Cleared: 1, ConfirmedMissed: 0), report.Candidate);
    }

    [Fact]
    public void Run_SmallSet_CountsPerJurisdiction()
    {
        var report = Run();

        var aw = Assert.Single(report.Jurisdictions, j => j.Jurisdiction == Jurisdiction.AW);
        var cw = Assert.Single(report.Jurisdictions, j => j.Jurisdiction == Jurisdiction.CW);
        Assert.Equal(3, aw.Records);
        Assert.Equal(1, aw.InService.Hits);
        Assert.Equal(2, aw.Candidate.Hits);
        Assert.Equal(2, cw.Records);
        Assert.Equal(1, cw.InService.Hits);
        Assert.Equal(2, cw.Candidate.Hits);
        Assert.Equal(1, cw.Candidate.Cleared);
    }

    [Fact]
    public void Run_SmallSet_CountsFiresPerIndicatorAndJurisdiction()
    {
        var report = Run();

        var payment = Assert.Single(report.Indicators, i => i.Id == "TRV-THIRD-PARTY-PAYMENT");
        Assert.Equal(2, payment.InService.Fired);
        Assert.Equal(2, payment.Candidate.Fired);
        Assert.Equal(1, payment.Candidate.Cleared);
        Assert.Equal((1, 1), payment.FiredByJurisdiction[Jurisdiction.AW]);
        Assert.Equal((1, 1), payment.FiredByJurisdiction[Jurisdiction.CW]);
        var minor = Assert.Single(report.Indicators, i => i.Id == "TRV-MINOR-UNACCOMPANIED");
        Assert.Equal(1, minor.InService.Confirmed);
        var agent = Assert.Single(report.Indicators, i => i.Id == "TRV-BOOKING-AGENT-NETWORK");
        Assert.Equal(IndicatorStatus.Shadow, agent.InServiceStatus);
        Assert.Equal(IndicatorStatus.Retired, agent.CandidateStatus);
    }

    [Fact]
    public void Run_NoOutcomes_CountsHitsOnly()
    {
        var report = CatalogueBacktest.Run(Records, Shipped, Candidate);

        Assert.Equal(0, report.RecordsWithOutcome);
        Assert.Equal(0, report.Candidate.Confirmed + report.Candidate.Cleared);
        Assert.Equal(4, report.Candidate.Hits);
    }

    [Fact]
    public void Run_ThresholdPerJurisdiction_AppliesToThatJurisdictionOnly()
    {
        // Aruba has little review capacity: only scores ≥ 0.7 (or forced reviews) are hits there.
        var report = CatalogueBacktest.Run(Records, Shipped, Candidate, Outcomes,
            new BacktestOptions { HitThresholds = new Dictionary<Jurisdiction, double> { [Jurisdiction.AW] = 0.7 } });

        Assert.Equal(0, report.Jurisdictions.Single(j => j.Jurisdiction == Jurisdiction.AW).Candidate.Hits);
        Assert.Equal(2, report.Jurisdictions.Single(j => j.Jurisdiction == Jurisdiction.CW).Candidate.Hits);
        Assert.Equal(1, report.InService.ConfirmedMissed);
        Assert.Contains("AW 0.7", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_SmallSet_HasTablesWithVersionsAndCounts()
    {
        var markdown = Run().ToMarkdown();

        Assert.Contains($"# Catalogue backtest: {Shipped.Version} (in service) vs 2026.12.9 (candidate)", markdown, StringComparison.Ordinal);
        Assert.Contains("| Hits | 2 | 4 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| TRV-THIRD-PARTY-PAYMENT | active → active | 2 | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Indicator | AW | CW |", markdown, StringComparison.Ordinal);
    }
}
