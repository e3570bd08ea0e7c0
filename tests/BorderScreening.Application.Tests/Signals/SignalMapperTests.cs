using System.Text.Json;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Review;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Tests.Feeds.Fixtures;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using Json.Schema;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Signals;

public class SignalMapperTests
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 11, 28, 14, 30, 0, TimeSpan.Zero);

    private static ReviewCase Case(ScreeningRecord record) => new()
    {
        CaseId = AssessmentId.For(record),
        AssessmentId = AssessmentId.For(record),
        Jurisdiction = record.Jurisdiction,
        CreatedAt = DecidedAt.AddHours(-3),
        Deadline = DecidedAt.AddHours(5),
        Priority = 1,
        Record = record,
    };

    private static Assessment Assessment(ScreeningRecord record) => new()
    {
        Id = AssessmentId.For(record),
        Jurisdiction = record.Jurisdiction,
        Indicators = new IndicatorOutcome
        {
            Fired =
            [
                new FiredIndicator { Id = "TRV-MINOR-UNACCOMPANIED", Typology = Typology.ChildTrafficking, TitleEn = "Minor without guardian", ExplanationEn = "Age 12, no guardian on the booking", Source = "UNODC" },
                new FiredIndicator { Id = "TRV-SHADOW-TEST", Typology = Typology.Smuggling, TitleEn = "Shadow", ExplanationEn = "Under evaluation", Source = "internal", Shadow = true },
            ],
        },
    };

    private static DecisionRequest Decision(ReviewOutcome outcome) =>
        new(OwnAssessment.Concern, outcome, ["MINOR_AT_RISK"], "Mother's friend JOHN said he would pick her up; phone +5999 555.");

    [Theory]
    [InlineData(ReviewOutcome.NoConcern)]
    [InlineData(ReviewOutcome.InsufficientInformation)]
    public void Map_NotAReferral_MakesNoSignal(ReviewOutcome outcome)
    {
        var record = TestRecords.Traveller();

        Assert.Null(SignalMapper.Map(Case(record), Assessment(record), Decision(outcome), "Review.CW", DecidedAt));
    }

    [Theory]
    [InlineData(ReviewOutcome.ReferCriminalInvestigation, SignalDestination.CriminalInvestigation)]
    [InlineData(ReviewOutcome.ReferVictimSupport, SignalDestination.VictimSupport)]
    [InlineData(ReviewOutcome.ReferLabourInspection, SignalDestination.LabourInspection)]
    public void Map_Referral_GoesToItsDestination(ReviewOutcome outcome, SignalDestination destination)
    {
        var record = TestRecords.Traveller();

        var signal = SignalMapper.Map(Case(record), Assessment(record), Decision(outcome), "Review.CW", DecidedAt)!;

        Assert.Equal(destination, signal.Destination);
        Assert.Equal(SignalMapper.SignalId(AssessmentId.For(record), destination), signal.SignalId);
    }

    [Fact]
    public void Map_Traveller_CarriesIdentityAndCircumstancesButNoProtectedAttributesContactsOrNote()
    {
        var record = TestRecords.Traveller() with { Sponsor = new Party { Id = "S-77", Name = "Bar Tropical NV" } };

        var signal = SignalMapper.Map(Case(record), Assessment(record), Decision(ReviewOutcome.ReferVictimSupport), "Review.CW", DecidedAt)!;
        var json = JsonSerializer.Serialize(signal, ScreeningJson.Options);

        Assert.Equal("JANSEN", signal.Person.Surname);
        Assert.Equal(new DateOnly(1990, 4, 12), signal.Person.BirthDate);
        Assert.Equal("NX1234567", signal.Person.DocumentNumber);
        Assert.Equal("CUR", signal.Circumstances.ArrivalAirport);
        Assert.Equal("KL0765", signal.Circumstances.FlightNumber);
        Assert.Contains(new SignalParty("sponsor", "Bar Tropical NV", "S-77"), signal.Parties);
        // Protected attributes (audit only), the issuing state (a nationality proxy), contact details
        // and the reviewer's free-text note never leave the desk.
        foreach (var forbidden in new[] { "NLD", "\"F\"", "nationality", "sex", "issuingState", "+31612345678", "maria@example.org", "JOHN", "note" })
        {
            Assert.DoesNotContain(forbidden, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Map_ShadowIndicators_AreLeftOut()
    {
        var record = TestRecords.Traveller();

        var signal = SignalMapper.Map(Case(record), Assessment(record), Decision(ReviewOutcome.ReferVictimSupport), "Review.CW", DecidedAt)!;

        Assert.Equal("TRV-MINOR-UNACCOMPANIED", Assert.Single(signal.Indicators).Id);
        Assert.Equal([Typology.ChildTrafficking], signal.Typologies);
    }

    [Fact]
    public void Map_WorkPermit_NamesEmployerAndHousingNotTravel()
    {
        var record = TestRecords.WorkPermit();

        var signal = SignalMapper.Map(Case(record), Assessment(record), Decision(ReviewOutcome.ReferLabourInspection), "Review.SX", DecidedAt)!;

        Assert.Equal("workPermit", signal.Circumstances.RecordKind);
        Assert.Equal("WP-1", signal.Circumstances.ApplicationId);
        Assert.Null(signal.Circumstances.FlightNumber);
        Assert.Contains(new SignalParty("employer", "Sunset Resort NV", "KVK-100200"), signal.Parties);
        Assert.Equal("GARCIA", signal.Person.Surname);
    }

    [Fact]
    public void SignalId_IsDeterministicPerCaseAndDestination()
    {
        var a = SignalMapper.SignalId("cw-abcdefghijklmnopqrstuvwx", SignalDestination.VictimSupport);

        Assert.Equal(a, SignalMapper.SignalId("cw-abcdefghijklmnopqrstuvwx", SignalDestination.VictimSupport));
        Assert.NotEqual(a, SignalMapper.SignalId("cw-abcdefghijklmnopqrstuvwx", SignalDestination.CriminalInvestigation));
        Assert.NotEqual(a, SignalMapper.SignalId("cw-bbcdefghijklmnopqrstuvwx", SignalDestination.VictimSupport));
        Assert.StartsWith("sig-cw-", a, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Map_Signal_ValidatesAgainstThePublishedSchema(bool permit)
    {
        ScreeningRecord record = permit ? TestRecords.WorkPermit() : TestRecords.Traveller() with { Sponsor = new Party { Id = "S-1" } };
        var signal = SignalMapper.Map(Case(record), Assessment(record), Decision(ReviewOutcome.ReferCriminalInvestigation), "Review.Supervisor", DecidedAt)!;

        var errors = SignalSchema.Validate(JsonSerializer.Serialize(signal, ScreeningJson.Options));

        Assert.Empty(errors);
    }

    [Fact]
    public void Schema_RejectsASignalWithANationality()
    {
        var record = TestRecords.Traveller();
        var signal = SignalMapper.Map(Case(record), Assessment(record), Decision(ReviewOutcome.ReferCriminalInvestigation), "Review.CW", DecidedAt)!;
        var json = JsonSerializer.Serialize(signal, ScreeningJson.Options).Replace("\"surname\":", "\"nationality\":\"NLD\",\"surname\":", StringComparison.Ordinal);

        Assert.NotEmpty(SignalSchema.Validate(json));
    }
}

/// <summary>Validates signal JSON against docs/schemas/theme-register-signal.schema.json.</summary>
internal static class SignalSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(FixtureFile.RepositoryRoot(), "docs", "schemas", "theme-register-signal.schema.json"))));

    public static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }
}
