using BorderScreening.Domain.Indicators;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Indicators;

public class IndicatorCatalogueLoaderTests
{
    private static CatalogueError SingleError(string json)
    {
        var result = IndicatorCatalogueLoader.Load(json);
        Assert.False(result.IsValid);
        Assert.Null(result.Catalogue);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Load_MinimalCatalogue_IsValid()
    {
        var result = IndicatorCatalogueLoader.Load(CatalogueWith(TestIndicator()));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("2026.11.9", result.Catalogue!.Version);
    }

    [Theory]
    [InlineData("audit.nationality")]
    [InlineData("audit.sex")]
    [InlineData("nationality")]
    [InlineData("sex")]
    [InlineData("gender")]
    [InlineData("ethnicity")]
    [InlineData("race")]
    [InlineData("religion")]
    [InlineData("countryOfBirth")]
    [InlineData("document.issuingState")]
    [InlineData("document.mrz")]
    [InlineData("nationalityGroup")]
    [InlineData("sponsor.nationality")]
    [InlineData("name.surname")]
    public void Load_ConditionOnProtectedAttribute_RejectedNamingIndicatorAndField(string field)
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-PROFILE",
            condition: $$"""{ "op": "eq", "field": "{{field}}", "value": "X" }""")));

        Assert.Equal("TST-PROFILE", error.IndicatorId);
        Assert.Equal("indicators[0].condition.field", error.Path);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("protected attribute", error.Message, StringComparison.Ordinal);
        Assert.Contains("TST-PROFILE", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProtectedAttributeNestedInCombinator_RejectedWithPath()
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-NESTED", condition: """
            { "op": "all", "conditions": [
              { "op": "present", "field": "sponsor" },
              { "op": "not", "condition": { "op": "in", "field": "audit.nationality", "values": ["X"] } } ] }
            """, explanation: """{ "nl": "x", "en": "x" }""")));

        Assert.Equal("TST-NESTED", error.IndicatorId);
        Assert.Equal("indicators[0].condition.conditions[1].condition.field", error.Path);
        Assert.Contains("audit.nationality", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownField_Rejected()
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-FIELD",
            condition: """{ "op": "eq", "field": "booking.colour", "value": "red" }""", explanation: """{ "nl": "x", "en": "x" }""")));

        Assert.Equal("TST-FIELD", error.IndicatorId);
        Assert.Contains("unknown field 'booking.colour'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FieldOfOtherRecordKind_Rejected()
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-KIND",
            condition: """{ "op": "gt", "field": "weeklyHours", "value": 60 }""", explanation: """{ "nl": "x", "en": "x" }""")));

        Assert.Contains("'weeklyHours' exists for WorkPermit records, not for Traveller records", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "op": "matches", "field": "sponsor", "value": ".*" }""", "unknown operator 'matches'")]
    [InlineData("""{ "op": "gt", "field": "sponsor", "value": 3 }""", "'gt' needs a number or date field")]
    [InlineData("""{ "op": "eq", "field": "booking.paidBy", "value": "Uncle" }""", "is not one of Self, OtherPerson, Company")]
    [InlineData("""{ "op": "eq", "field": "travellingWithGuardian", "value": "no" }""", "is not a Boolean")]
    [InlineData("""{ "op": "networkCount", "entity": "Sponsor", "windowDays": 14, "min": 5 }""", "windowDays must be one of 7, 30, 90")]
    [InlineData("""{ "op": "networkCount", "entity": "Employer", "windowDays": 30, "min": 5 }""", "Traveller records name no Employer")]
    [InlineData("""{ "op": "hasObservation", "codes": ["LOOKS_FOREIGN"] }""", "unknown observation code")]
    [InlineData("""{ "op": "wageBelowMinimum" }""", "applies to workPermit records only")]
    [InlineData("""{ "op": "eq", "field": "sponsor", "value": "X", "feild": "y" }""", "does not take \"feild\"")]
    [InlineData("""{ "op": "ageYears", "field": "sponsor", "cmp": "lt", "value": 18 }""", "ageYears needs a date field")]
    [InlineData("""{ "op": "ageYears", "field": "birthDate", "cmp": "like", "value": 18 }""", "cmp must be one of")]
    [InlineData("""{ "op": "all", "conditions": [] }""", "non-empty array")]
    public void Load_BadCondition_RejectedWithReason(string condition, string expected)
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-COND", condition: condition, explanation: """{ "nl": "x", "en": "x" }""")));

        Assert.Equal("TST-COND", error.IndicatorId);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("11")]
    [InlineData("-10.5")]
    [InlineData("0")]
    [InlineData("null")]
    [InlineData("1e400")]
    public void Load_BadWeight_Rejected(string weight)
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-WEIGHT", weight: weight)));

        Assert.Equal("TST-WEIGHT", error.IndicatorId);
        Assert.Equal("indicators[0].weight", error.Path);
    }

    [Fact]
    public void Load_ForcesReviewWithNegativeWeight_Rejected()
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-FORCE", weight: "-1", forcesReview: "true")));

        Assert.Contains("forces review cannot have a negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateId_Rejected()
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-TWICE"), TestIndicator(id: "TST-TWICE")));

        Assert.Equal("TST-TWICE", error.IndicatorId);
        Assert.Equal("indicators[1].id", error.Path);
        Assert.Contains("duplicate id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("typology", "\"Profiling\"")]
    [InlineData("status", "\"maybe\"")]
    [InlineData("appliesTo", "\"crew\"")]
    public void Load_UnknownEnumValue_Rejected(string property, string value)
    {
        var indicator = property switch
        {
            "typology" => TestIndicator(id: "TST-ENUM", typology: value),
            "status" => TestIndicator(id: "TST-ENUM", status: value),
            _ => TestIndicator(id: "TST-ENUM", appliesTo: value),
        };

        var result = IndicatorCatalogueLoader.Load(CatalogueWith(indicator));

        Assert.Contains(result.Errors, e => e.IndicatorId == "TST-ENUM" && e.Path == $"indicators[0].{property}");
    }

    [Fact]
    public void Load_MissingTemplate_Rejected()
    {
        var json = CatalogueWith(TestIndicator(id: "TST-TEMPLATE")).Replace("\"title\": { \"nl\": \"Sponsor\", \"en\": \"Sponsor\" },", "", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal("indicators[0].title", error.Path);
    }

    [Fact]
    public void Load_MissingLanguage_Rejected()
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-LANG", explanation: """{ "en": "{count} travellers" }""")));

        Assert.Equal("indicators[0].explanation.nl", error.Path);
        Assert.Contains("'nl' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlaceholderNotProducedByCondition_Rejected()
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-PLACEHOLDER",
            explanation: """{ "nl": "{count} reizigers, sponsor {sponsorName}", "en": "{count} travellers" }""")));

        Assert.Equal("TST-PLACEHOLDER", error.IndicatorId);
        Assert.Equal("indicators[0].explanation.nl", error.Path);
        Assert.Contains("{sponsorName}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlaceholderOnlyInOneBranchOfAny_Rejected()
    {
        var result = IndicatorCatalogueLoader.Load(CatalogueWith(TestIndicator(id: "TST-ANY", condition: """
            { "op": "any", "conditions": [
              { "op": "networkCount", "entity": "Sponsor", "windowDays": 30, "min": 5 },
              { "op": "networkCount", "entity": "Payer", "windowDays": 30, "min": 5, "as": "payers" } ] }
            """)));

        // {count} and {window} come from one branch only, in both languages.
        Assert.Equal(4, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Path == "indicators[0].explanation.en" && e.Message.Contains("{count}", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnbalancedBraces_Rejected()
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-BRACE", title: """{ "nl": "Sponsor {count", "en": "Sponsor" }""")));

        Assert.Equal("indicators[0].title.nl", error.Path);
    }

    [Theory]
    [InlineData("\"31-05-2027\"")]
    [InlineData("\"2027-02-30\"")]
    [InlineData("20270531")]
    public void Load_BadReviewBy_Rejected(string reviewBy)
    {
        var error = SingleError(CatalogueWith(TestIndicator(id: "TST-REVIEW", reviewBy: reviewBy)));

        Assert.Equal("indicators[0].reviewBy", error.Path);
    }

    [Fact]
    public void Load_ReviewDatePassed_WarnsButLoads()
    {
        var result = IndicatorCatalogueLoader.Load(CatalogueWith(TestIndicator(id: "TST-OLD", reviewBy: "\"2026-01-31\"")), asOf: new DateOnly(2026, 11, 28));

        Assert.True(result.IsValid);
        Assert.Equal("TST-OLD", Assert.Single(result.Warnings).IndicatorId);
    }

    [Fact]
    public void Load_ManyProblems_ReportsEveryOneNotJustTheFirst()
    {
        var json = CatalogueWith(
            TestIndicator(id: "TST-A", condition: """{ "op": "eq", "field": "nationality", "value": "X" }""", explanation: """{ "nl": "x", "en": "x" }"""),
            TestIndicator(id: "TST-B", weight: "42"),
            TestIndicator(id: "TST-C", typology: "\"Unknown\"", reviewBy: "\"soon\""),
            TestIndicator(id: "TST-A")).Replace("\"version\": \"2026.11.9\"", "\"version\": \"latest\"", StringComparison.Ordinal);

        var result = IndicatorCatalogueLoader.Load(json);

        Assert.Null(result.Catalogue);
        Assert.Contains(result.Errors, e => e.IndicatorId == "TST-A" && e.Message.Contains("nationality", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.IndicatorId == "TST-B" && e.Path.EndsWith(".weight", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.IndicatorId == "TST-C" && e.Path.EndsWith(".typology", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.IndicatorId == "TST-C" && e.Path.EndsWith(".reviewBy", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.IndicatorId == "TST-A" && e.Message.Contains("duplicate", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.IndicatorId is null && e.Path == "version");
        Assert.Equal(6, result.Errors.Count);
    }

    [Fact]
    public void Load_MinimumWageMissingForJurisdiction_Rejected()
    {
        var json = EditShipped(root => root["minimumWages"]!.AsArray().RemoveAt(0));

        var result = IndicatorCatalogueLoader.Load(json);

        Assert.Contains(result.Errors, e => e.Path == "minimumWages" && e.Message.Contains("AW", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NotJson_Rejected()
    {
        var error = SingleError("{ \"version\": ");

        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void Load_ShippedCatalogueFromStream_IsValidWithoutWarningsToday()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ShippedJson));

        var result = IndicatorCatalogueLoader.Load(stream, asOf: new DateOnly(2026, 11, 28));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Empty(result.Warnings);
    }
}
