using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using TestRecords = BorderScreening.TestSupport.Records;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Indicators;

/// <summary>Each operator's semantics, on one-indicator catalogues (fired / not fired / not evaluated).</summary>
public class ConditionOperatorTests
{
    private static readonly TravellerRecord T = TestRecords.Traveller();
    private static readonly WorkPermitRecord W = TestRecords.WorkPermit();

    private static string State(string condition, ScreeningRecord record)
    {
        var appliesTo = record is TravellerRecord ? "\"traveller\"" : "\"workPermit\"";
        var result = IndicatorCatalogueLoader.Load(CatalogueWith(TestIndicator(
            id: "TST-OP", condition: condition, appliesTo: appliesTo, explanation: """{ "nl": "x", "en": "x" }""")));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var outcome = CatalogueIndicatorEvaluator.Evaluate(result.Catalogue!, Context(record));
        return outcome.Fired.Any(f => f.Id == "TST-OP") ? "fired"
            : outcome.NotEvaluated.SingleOrDefault(n => n.Id == "TST-OP") is { } n ? n.Reason
            : "not fired";
    }

    [Theory]
    [InlineData("""{ "op": "ne", "field": "booking.paidBy", "value": "Self" }""", "not fired")]
    [InlineData("""{ "op": "eq", "field": "booking.paidBy", "value": "self" }""", "fired")]
    [InlineData("""{ "op": "notIn", "field": "purposeOfStay", "values": ["Work", "Study"] }""", "fired")]
    [InlineData("""{ "op": "in", "field": "purposeOfStay", "values": ["Work", "Study"] }""", "not fired")]
    [InlineData("""{ "op": "eq", "field": "addressAtDestination", "value": "hotel kura hulanda, willemstad" }""", "fired")]
    [InlineData("""{ "op": "lt", "field": "booking.bookingDate", "value": "2026-10-02" }""", "fired")]
    [InlineData("""{ "op": "between", "field": "booking.bookingDate", "min": "2026-09-01", "max": "2026-09-30" }""", "not fired")]
    [InlineData("""{ "op": "between", "field": "legs.count", "min": 1, "max": 1 }""", "fired")]
    [InlineData("""{ "op": "absent", "field": "sponsor" }""", "fired")]
    [InlineData("""{ "op": "present", "field": "booking.bookingAgent" }""", "not fired")]
    [InlineData("""{ "op": "daysBetween", "from": "booking.bookingDate", "to": "departure.date", "cmp": "eq", "value": 61 }""", "fired")]
    [InlineData("""{ "op": "daysBetween", "from": "departure.date", "to": "booking.bookingDate", "cmp": "lt", "value": 0 }""", "fired")]
    [InlineData("""{ "op": "ageYears", "field": "birthDate", "cmp": "between", "min": 36, "max": 36 }""", "fired")]
    [InlineData("""{ "op": "not", "condition": { "op": "eq", "field": "booking.tripType", "value": "OneWay" } }""", "fired")]
    [InlineData("""{ "op": "eq", "field": "travellingWithGuardian", "value": false }""", "not evaluated: not known whether a guardian travels along")]
    [InlineData("""{ "op": "not", "condition": { "op": "eq", "field": "travellingWithGuardian", "value": true } }""", "not evaluated: not known whether a guardian travels along")]
    [InlineData("""{ "op": "eq", "field": "sponsor.kind", "value": "Hotel" }""", "not evaluated: no sponsor named")]
    [InlineData("""{ "op": "eq", "field": "document.expiry", "value": "2030-01-01" }""", "fired")]
    public void Evaluate_TravellerOperator_GivesExpectedState(string condition, string expected) =>
        Assert.Equal(expected, State(condition, T));

    [Theory]
    [InlineData("""{ "op": "all", "conditions": [ { "op": "eq", "field": "travellingWithGuardian", "value": false }, { "op": "eq", "field": "role", "value": "Crew" } ] }""", "not fired")]
    [InlineData("""{ "op": "all", "conditions": [ { "op": "eq", "field": "travellingWithGuardian", "value": false }, { "op": "eq", "field": "role", "value": "Passenger" } ] }""", "not evaluated: not known whether a guardian travels along")]
    [InlineData("""{ "op": "any", "conditions": [ { "op": "eq", "field": "travellingWithGuardian", "value": false }, { "op": "eq", "field": "role", "value": "Passenger" } ] }""", "fired")]
    [InlineData("""{ "op": "any", "conditions": [ { "op": "eq", "field": "travellingWithGuardian", "value": false }, { "op": "eq", "field": "role", "value": "Crew" } ] }""", "not evaluated: not known whether a guardian travels along")]
    public void Evaluate_Combinators_UseThreeValuedLogic(string condition, string expected) =>
        Assert.Equal(expected, State(condition, T));

    [Theory]
    [InlineData("""{ "op": "wageBelowMinimum", "factor": 1.25 }""", "fired")]
    [InlineData("""{ "op": "wageBelowMinimum" }""", "not fired")]
    [InlineData("""{ "op": "eq", "field": "jurisdiction", "value": "sx" }""", "fired")]
    [InlineData("""{ "op": "in", "field": "sector", "values": ["hospitality"] }""", "fired")]
    [InlineData("""{ "op": "eq", "field": "loanFromEmployer", "value": true }""", "not evaluated: not known whether the employer lends money")]
    public void Evaluate_WorkPermitOperator_GivesExpectedState(string condition, string expected) =>
        Assert.Equal(expected, State(condition, W));

    [Fact]
    public void Evaluate_BirthDateAfterScreening_NotEvaluated()
    {
        Assert.Equal(
            "not evaluated: birthDate is after the screening date",
            State("""{ "op": "ageYears", "field": "birthDate", "cmp": "lt", "value": 18 }""", T with { BirthDate = new DateOnly(2027, 1, 1) }));
    }

    [Fact]
    public void Evaluate_NamedValues_AppearInValuesAndTemplates()
    {
        var result = IndicatorCatalogueLoader.Load(CatalogueWith(TestIndicator(
            id: "TST-VALUES",
            condition: """
                { "op": "all", "conditions": [
                  { "op": "present", "field": "booking.bookingDate", "as": "booked" },
                  { "op": "daysBetween", "from": "booking.bookingDate", "to": "departure.date", "cmp": "gt", "value": 1, "as": "lead" } ] }
                """,
            explanation: """{ "nl": "Geboekt {booked}, {lead} dagen vooraf", "en": "Booked {booked}, {lead} days ahead" }""")));

        var fired = Assert.Single(CatalogueIndicatorEvaluator.Evaluate(result.Catalogue!, Context(T)).Fired);

        Assert.Equal("Booked 2026-10-01, 61 days ahead", fired.ExplanationEn);
        Assert.Equal("Geboekt 2026-10-01, 61 dagen vooraf", fired.ExplanationNl);
        Assert.Equal("61", fired.Values["lead"]);
    }
}
