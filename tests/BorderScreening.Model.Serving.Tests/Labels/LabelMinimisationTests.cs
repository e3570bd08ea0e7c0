using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Retention;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Training.Baseline;
using BorderScreening.TestSupport.Model;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Model.Serving.Tests.Labels;

public sealed class LabelMinimisationTests
{
    private static readonly DateTimeOffset ScreenedAt = new(2026, 11, 18, 14, 37, 21, TimeSpan.Zero);
    private static readonly Pseudonyms NoPseudonyms = new() { KeyId = "test" };

    private static string Json(ScreeningRecord record) => JsonSerializer.Serialize(record, ScreeningJson.Options);

    [Fact]
    public void Record_SyntheticExamples_GiveTheFeaturesAndRulesScoreOfTheDepersonalisedRecordAtItsExactTime()
    {
        var examples = ModelTestData.Examples.Take(3_000).ToList();

        var mismatches = examples.Where(e =>
        {
            var before = new ScreeningContext(Depersonalisation.Of(e.Record), NoPseudonyms, e.Counts, e.ScreenedAt);
            var exported = new ScreeningContext(LabelMinimisation.Record(e.Record, e.ScreenedAt), NoPseudonyms, e.Counts, LabelMinimisation.Month(e.ScreenedAt));
            return !FeatureExtractor.Extract(before).SequenceEqual(FeatureExtractor.Extract(exported))
                || StandInRulesScore.Score(before) != StandInRulesScore.Score(exported);
        }).ToList();

        Assert.Contains(examples, e => e.Record is TravellerRecord { Booking.BookingDate: not null });
        Assert.Contains(examples, e => e.Record is WorkPermitRecord);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Record_Traveller_KeepsNoReferenceIdentifierPartyNameOrDateOfTheStoredRecord()
    {
        var traveller = TestRecords.Traveller("PAX-REF-77") with
        {
            SourceSystem = "KLM-API-LINK",
            MessageReference = "MSGREF-9911",
            Sponsor = new Party { Id = "SPONSOR-ID-1", Name = "SPONSOR NAME", PartyKind = PartyKind.Person },
            Booking = TestRecords.Traveller().Booking! with { PayerId = "CARD-4711", BookingAgent = "AGENT-IATA-1", GroupReference = "GRP-REF-5", BookingDate = new DateOnly(2026, 11, 28) },
            Observations = [ObservationCodes.Fearful, "told me his name is JOHN"],
        };

        var json = Json(LabelMinimisation.Record(traveller, ScreenedAt));

        string[] gone =
        [
            "PAX-REF-77", "KLM-API-LINK", "MSGREF-9911", "KL0765", "\"KL\"", "AMS", "CUR", "JANSEN", "MARIA", "NX1234567", "NLD",
            "+31612345678", "maria@example.org", "Kura Hulanda", "SPONSOR-ID-1", "SPONSOR NAME", "CARD-4711", "AGENT-IATA-1", "GRP-REF-5",
            "JOHN", "1990-04-12", "2026-11-28", "2026-12-01", "10:00", "20:00", "2026-11-18", "14:37",
        ];
        Assert.All(gone, value => Assert.DoesNotContain(value, json, StringComparison.Ordinal));
        var exported = Assert.IsType<TravellerRecord>(LabelMinimisation.Record(traveller, ScreenedAt));
        // Departure on the first of the screening month; booked three days before it, as in the record.
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), exported.Legs[0].ScheduledDeparture);
        Assert.Equal(new DateOnly(2026, 10, 29), exported.Booking!.BookingDate);
        Assert.Equal(new DateOnly(1990, 1, 1), exported.BirthDate);
        Assert.Equal(PartyKind.Person, exported.Sponsor!.PartyKind);
        Assert.Equal([ObservationCodes.Fearful], exported.Observations);
    }

    [Fact]
    public void Record_WorkPermit_KeepsNoApplicationIdPartyNameOrDateOfTheStoredRecord()
    {
        var permit = TestRecords.WorkPermit("APP-ID-31337") with
        {
            ApplicationDate = new DateOnly(2026, 10, 20),
            RecruitmentAgency = new Party { Id = "AGENCY-ID", Name = "AGENCY NAME", PartyKind = PartyKind.Company },
            HousingProvidedByEmployer = true,
            HousingAddress = "Back Street 1",
        };

        var json = Json(LabelMinimisation.Record(permit, ScreenedAt));

        string[] gone =
        [
            "APP-ID-31337", "TEST-PERMITS", "GARCIA", "ANA", "AB123456", "COL", "KVK-100200", "Sunset Resort", "AGENCY-ID", "AGENCY NAME",
            "Back Street", "+17215550101", "5131", "1995-02-03", "2026-10-20", "2026-11-18", "14:37",
        ];
        Assert.All(gone, value => Assert.DoesNotContain(value, json, StringComparison.Ordinal));
        var exported = Assert.IsType<WorkPermitRecord>(LabelMinimisation.Record(permit, ScreenedAt));
        Assert.Equal(new DateOnly(2026, 11, 1), exported.ApplicationDate);
        Assert.Equal(12.5m, exported.OfferedHourlyWage);
        Assert.Equal("HOSPITALITY", exported.Sector);
        Assert.Equal(PartyKind.Company, exported.Employer!.PartyKind);
    }

    [Theory]
    [InlineData("2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00")]
    [InlineData("2026-03-31T23:59:59+00:00", "2026-03-01T00:00:00+00:00")]
    [InlineData("2026-04-01T01:30:00+04:00", "2026-03-01T00:00:00+00:00")]
    public void Month_AnyTime_IsTheFirstInstantOfItsUtcMonth(string at, string month)
    {
        Assert.Equal(DateTimeOffset.Parse(month, System.Globalization.CultureInfo.InvariantCulture), LabelMinimisation.Month(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
