using System.Text.Json.Nodes;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using TestRecords = BorderScreening.TestSupport.Records;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Indicators;

/// <summary>
/// Rules drawn from one country's law fire only there, and minimum wages are the published amounts
/// of the jurisdiction on the record's own date, for the worker's age.
/// </summary>
public class LawWhereItAppliesTests
{
    private static readonly WorkPermitRecord AdultEntertainer = TestRecords.WorkPermit() with
    {
        PermitType = PermitType.AdultEntertainment,
        BirthDate = new DateOnly(2006, 6, 1),
    };

    [Theory]
    [InlineData(Jurisdiction.CW)]
    [InlineData(Jurisdiction.AW)]
    [InlineData(Jurisdiction.BQ_BO)]
    public void SintMaartenAdultEntertainmentRules_ElsewhereNeitherFireNorCountAsNotEvaluated(Jurisdiction elsewhere)
    {
        var inSintMaarten = Evaluate(AdultEntertainer);
        var outside = Evaluate(AdultEntertainer with { Jurisdiction = elsewhere });

        Assert.Contains(inSintMaarten.Fired, f => f.Id == "WP-AE-UNDER-21");
        Assert.DoesNotContain(outside.Fired, f => f.Id.StartsWith("WP-AE-", StringComparison.Ordinal));
        Assert.DoesNotContain(outside.NotEvaluated, n => n.Id.StartsWith("WP-AE-", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedCatalogue_EveryAdultEntertainmentRuleIsLimitedToSintMaarten()
    {
        var ae = Shipped.Indicators.Where(i => i.Source.Contains("Sint Maarten adult-entertainment", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(ae);
        Assert.All(ae, i => Assert.Equal([Jurisdiction.SX], i.Jurisdictions!));
    }

    [Fact]
    public void Curacao_2024PermitIsJudgedByThe2024Amount_2025PermitByThe2025Amount()
    {
        // 11.50 lies between the 2024 amount (11.28) and the 2025 amount (11.72).
        var permit = TestRecords.WorkPermit(jurisdiction: Jurisdiction.CW) with { OfferedHourlyWage = 11.50m };

        var in2024 = Evaluate(permit with { ApplicationDate = new DateOnly(2024, 6, 1) });
        var in2025 = Evaluate(permit with { ApplicationDate = new DateOnly(2025, 6, 1) });

        Assert.DoesNotContain(in2024.Fired, f => f.Id == "WP-WAGE-BELOW-MINIMUM");
        var fired = Assert.Single(in2025.Fired, f => f.Id == "WP-WAGE-BELOW-MINIMUM");
        Assert.Equal("11.72", fired.Values["minimumWage"]);
        Assert.Equal("2025-01-01", fired.Values["minimumWageFrom"]);
        Assert.Contains("SOAW", fired.Values["minimumWageSource"], StringComparison.Ordinal);
    }

    [Fact]
    public void Curacao_A19YearOldIsOwedTheYouthRate_NotTheAdultAmount()
    {
        // 85% of 11.72 is 9.96: 10.00 is legal for a 19-year-old and below the minimum for an adult.
        var permit = TestRecords.WorkPermit(jurisdiction: Jurisdiction.CW) with { OfferedHourlyWage = 10.00m, ApplicationDate = new DateOnly(2026, 3, 1) };

        var nineteen = Evaluate(permit with { BirthDate = new DateOnly(2006, 9, 1) });
        var adult = Evaluate(permit with { BirthDate = new DateOnly(2000, 9, 1) });
        var underpaidYouth = Evaluate(permit with { BirthDate = new DateOnly(2006, 9, 1), OfferedHourlyWage = 9.50m });

        Assert.DoesNotContain(nineteen.Fired, f => f.Id == "WP-WAGE-BELOW-MINIMUM");
        Assert.Contains(adult.Fired, f => f.Id == "WP-WAGE-BELOW-MINIMUM");
        var fired = Assert.Single(underpaidYouth.Fired, f => f.Id == "WP-WAGE-BELOW-MINIMUM");
        Assert.Equal("9.96", fired.Values["minimumWage"]);
        Assert.Equal("19", fired.Values["minimumWageAge"]);
    }

    [Fact]
    public void SintMaarten_NoYouthRateRecorded_UnderTwentyOneIsNotEvaluatedRatherThanJudgedAsAnAdult()
    {
        var permit = TestRecords.WorkPermit() with { OfferedHourlyWage = 9m, BirthDate = new DateOnly(2007, 1, 1) };

        var outcome = Evaluate(permit);

        Assert.DoesNotContain(outcome.Fired, f => f.Id == "WP-WAGE-BELOW-MINIMUM");
        var skipped = Assert.Single(outcome.NotEvaluated, n => n.Id == "WP-WAGE-BELOW-MINIMUM");
        Assert.Contains("aged 19", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Aruba_NoHourlyAmountBefore2026_NotEvaluatedWithTheDateInTheReason()
    {
        var permit = TestRecords.WorkPermit(jurisdiction: Jurisdiction.AW) with { OfferedHourlyWage = 5m, ApplicationDate = new DateOnly(2025, 10, 1) };

        var skipped = Assert.Single(Evaluate(permit).NotEvaluated, n => n.Id == "WP-WAGE-BELOW-MINIMUM");

        Assert.Contains("2025-10-01", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bonaire_IndexationsFollowEachOther_AndEachIslandHasItsOwn2026Amount()
    {
        var wages = Shipped.MinimumWages;

        Assert.True(wages.TryFind(Jurisdiction.BQ_BO, new DateOnly(2024, 12, 31), out var endOf2024));
        Assert.True(wages.TryFind(Jurisdiction.BQ_BO, new DateOnly(2025, 1, 1), out var startOf2025));
        Assert.True(wages.TryFind(Jurisdiction.BQ_SA, new DateOnly(2026, 12, 6), out var saba));
        Assert.Equal(10.10m, endOf2024.Hourly);
        Assert.Equal(new DateOnly(2024, 12, 31), endOf2024.EffectiveTo);
        Assert.Equal(10.35m, startOf2025.Hourly);
        Assert.Equal(10.66m, saba.Hourly);
        Assert.False(wages.TryFind(Jurisdiction.BQ_BO, new DateOnly(2024, 6, 30), out _));
    }

    [Fact]
    public void Loader_OverlappingPeriodsOfOneJurisdiction_Rejected()
    {
        var json = EditShipped(root => root["minimumWages"]!.AsArray().Add(new JsonObject
        {
            ["jurisdiction"] = "SX", ["hourly"] = 11, ["currency"] = "XCG", ["effectiveFrom"] = "2024-04-01", ["adultAge"] = 21, ["source"] = "x",
        }));

        var result = IndicatorCatalogueLoader.Load(json);

        Assert.Null(result.Catalogue);
        Assert.Contains(result.Errors, e => e.Message.Contains("SX has amounts whose periods overlap", StringComparison.Ordinal));
    }

    [Fact]
    public void Loader_YouthRateAtOrAboveAdultAgeOrShareAboveOne_RejectedNamingTheField()
    {
        var json = EditShipped(root =>
        {
            var cw = root["minimumWages"]!.AsArray().First(w => (string?)w!["jurisdiction"] == "CW")!;
            cw["youthRates"] = new JsonArray(new JsonObject { ["fromAge"] = 21, ["share"] = 0.5 }, new JsonObject { ["fromAge"] = 17, ["share"] = 1.5 });
        });

        var result = IndicatorCatalogueLoader.Load(json);

        Assert.Contains(result.Errors, e => e.Path.EndsWith(".youthRates[0].fromAge", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Path.EndsWith(".youthRates[1].share", StringComparison.Ordinal));
    }

    [Fact]
    public void Loader_UnknownOrRepeatedJurisdictionOnAnIndicator_RejectedNamingTheIndicator()
    {
        var json = EditShipped(root => Indicator(root, "WP-AE-LOAN")["jurisdictions"] = new JsonArray("SX", "XX", "SX"));

        var result = IndicatorCatalogueLoader.Load(json);

        Assert.Contains(result.Errors, e => e.IndicatorId == "WP-AE-LOAN" && e.Path.EndsWith(".jurisdictions[1]", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.IndicatorId == "WP-AE-LOAN" && e.Message.Contains("listed twice", StringComparison.Ordinal));
    }
}
