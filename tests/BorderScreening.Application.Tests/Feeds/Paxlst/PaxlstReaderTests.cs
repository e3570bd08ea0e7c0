using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Tests.Feeds.Fixtures;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Tests.Feeds.Paxlst;

public class PaxlstReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly PaxlstReadOptions Options = new() { SourceSystem = "KL-API", Today = Today };
    private readonly PaxlstReader _reader = new();

    private ParsedBatch Read(string content, PaxlstReadOptions? options = null) => _reader.Read(content, options ?? Options);

    private static TravellerRecord Traveller(ParsedBatch batch, int index) =>
        Assert.IsType<TravellerRecord>(batch.Records[index].Record);

    [Fact]
    public void Read_D05bPassengerList_ReadsEveryTraveller()
    {
        var batch = Read(FixtureFile.Read("paxlst-d05b-passengers.edi"));

        Assert.Empty(batch.Errors);
        Assert.Equal(3, batch.Records.Count);
        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        Assert.All(batch.Records, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public void Read_D05bPassengerList_MapsNamesDatesDocumentsAndReferences()
    {
        var t = Traveller(Read(FixtureFile.Read("paxlst-d05b-passengers.edi")), 0);

        Assert.Equal("KL-API", t.SourceSystem);
        Assert.Equal("IC000123/PAX001", t.MessageReference);
        Assert.Equal("1001", t.TravellerReference);
        Assert.Equal(new PersonName { Surname = "JANSEN", GivenNames = "MARIA ELISABETH" }, t.Name);
        Assert.Equal(new DateOnly(1990, 4, 12), t.BirthDate);
        Assert.Equal(new ProtectedAttributes { Sex = "F", Nationality = "NLD" }, t.Audit);
        Assert.Equal(new TravelDocument { Type = "P", Number = "NX1234567", IssuingState = "NLD", Expiry = new DateOnly(2030, 1, 1) }, t.Document);
        Assert.Equal("ABC123", t.Booking?.GroupReference);
        Assert.Equal(new Contact { Phone = "0031612345678", Email = "maria.jansen@example.org" }, t.Contact);
        Assert.Equal(TravellerRole.Passenger, t.Role);
        Assert.Equal("KL", t.Carrier);
        Assert.Equal("KL765", t.FlightNumber);
    }

    [Fact]
    public void Read_EmbarkationAndDebarkation_TrimLegsAndDecideJurisdiction()
    {
        var batch = Read(FixtureFile.Read("paxlst-d05b-passengers.edi"));

        var toCuracao = Traveller(batch, 0);
        var leg = Assert.Single(toCuracao.Legs);
        Assert.Equal(("AMS", "CUR"), (leg.DepartureAirport, leg.ArrivalAirport));
        Assert.Equal(Jurisdiction.CW, toCuracao.Jurisdiction);
        Assert.Equal(Direction.Arrival, toCuracao.Direction);

        var toAruba = Traveller(batch, 1);
        Assert.Equal(["AMS", "CUR"], toAruba.Legs.Select(l => l.DepartureAirport));
        Assert.Equal(Jurisdiction.AW, toAruba.Jurisdiction);
    }

    [Fact]
    public void Read_Format201LocalTimes_UseTheAirportsOffsets()
    {
        var leg = Traveller(Read(FixtureFile.Read("paxlst-d05b-passengers.edi")), 0).Legs[0];

        // 10:00 in Amsterdam in December is 09:00 UTC; 14:15 in Curaçao is 18:15 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), leg.ScheduledDeparture);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 18, 15, 0, TimeSpan.Zero), leg.ScheduledArrival);
    }

    [Fact]
    public void Read_ReleaseCharacter_UnescapesApostrophe()
    {
        var t = Traveller(Read(FixtureFile.Read("paxlst-d05b-passengers.edi")), 1);

        Assert.Equal("O'BRIEN", t.Name.Surname);
    }

    [Fact]
    public void Read_PassportAndVisa_TakesThePassportAsDocument()
    {
        var t = Traveller(Read(FixtureFile.Read("paxlst-d05b-passengers.edi")), 1);

        Assert.Equal("PA7654321", t.Document?.Number);
        Assert.Equal(new DateOnly(2031, 6, 15), t.Document?.Expiry);
        Assert.Equal(new DateOnly(1985, 11, 30), t.BirthDate);
    }

    [Fact]
    public void Read_InTransitPassenger_IsPassengerInTransitWithPositionAsReference()
    {
        var t = Traveller(Read(FixtureFile.Read("paxlst-d05b-passengers.edi")), 2);

        Assert.Equal(TravellerRole.Passenger, t.Role);
        Assert.Equal(PurposeOfStay.Transit, t.PurposeOfStay);
        Assert.Equal("3", t.TravellerReference);
        Assert.Equal("X", t.Audit?.Sex);
        Assert.Equal(new DateOnly(2001, 2, 3), t.BirthDate);
        Assert.Equal(2, t.Legs.Count);
    }

    [Fact]
    public void Read_D02bCrewList_ReadsCrewAndCrewInTransit()
    {
        var batch = Read(FixtureFile.Read("paxlst-d02b-crew.edi"));

        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        var pilot = Traveller(batch, 0);
        var transit = Traveller(batch, 1);
        Assert.Equal(TravellerRole.Crew, pilot.Role);
        Assert.Null(pilot.PurposeOfStay);
        Assert.Equal("C", pilot.Document?.Type);
        Assert.Equal(TravellerRole.Crew, transit.Role);
        Assert.Equal(PurposeOfStay.Transit, transit.PurposeOfStay);
        Assert.Equal(Jurisdiction.BQ_SA, pilot.Jurisdiction);
        Assert.Equal("IC77/CREW01", pilot.MessageReference);
    }

    [Fact]
    public void Read_Format203Times_AreReadWithTheirCentury()
    {
        var leg = Traveller(Read(FixtureFile.Read("paxlst-d02b-crew.edi")), 0).Legs[0];

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 14, 0, 0, TimeSpan.FromHours(-4)), leg.ScheduledDeparture);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 14, 15, 0, TimeSpan.FromHours(-4)), leg.ScheduledArrival);
    }

    [Fact]
    public void Read_TwoMessages_ReadsBothWithTheirReferencesAndDirections()
    {
        var batch = Read(FixtureFile.Read("paxlst-two-messages.edi"));

        Assert.Equal(3, batch.Records.Count);
        Assert.Equal([0, 1, 2], batch.Records.Select(r => r.Index));
        var departing = Traveller(batch, 0);
        Assert.Equal(Direction.Departure, departing.Direction);
        Assert.Equal(Jurisdiction.BQ_BO, departing.Jurisdiction);
        Assert.Equal("IC5/D1", departing.MessageReference);
        var arriving = Traveller(batch, 2);
        Assert.Equal(Direction.Arrival, arriving.Direction);
        Assert.Equal(Jurisdiction.CW, arriving.Jurisdiction);
        Assert.Equal("IC5/D2", arriving.MessageReference);
        Assert.Equal("2", arriving.TravellerReference);
        Assert.Equal(new DateOnly(2015, 1, 1), arriving.BirthDate);
    }

    [Fact]
    public void Read_NonDefaultSeparatorsInUna_ReadsWithThem()
    {
        var batch = Read(FixtureFile.Read("paxlst-custom-separators.edi"));

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        var t = Traveller(batch, 0);
        Assert.Equal("SMITH*JONES", t.Name.Surname);
        Assert.Equal("KATE", t.Name.GivenNames);
        Assert.Equal(Jurisdiction.SX, t.Jurisdiction);
        Assert.Equal("DL669", t.FlightNumber);
        Assert.Contains(record.Warnings, w => w.Contains("non-default separators", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TeletypeDeviations_ReadsBothTravellersWithWarnings()
    {
        var batch = Read(FixtureFile.Read("paxlst-teletype-deviations.txt"));

        Assert.Empty(batch.Errors);
        Assert.Equal(2, batch.Records.Count);
        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        var t = Traveller(batch, 0);
        Assert.Equal(new PersonName { Surname = "DE VRIES", GivenNames = "JAN" }, t.Name);
        Assert.Equal("KL765", t.FlightNumber);
        Assert.Equal(Jurisdiction.AW, t.Jurisdiction);
    }

    [Theory]
    [InlineData("line(s) before the interchange (teletype Type-B envelope) ignored")]
    [InlineData("text after UNZ ignored")]
    [InlineData("segment 4 (TDT): line break inside the segment removed")]
    [InlineData("whitespace or blank lines between segments ignored")]
    [InlineData("segment 8 (NAD): name in lower case; upper-cased")]
    [InlineData("segment 8 (NAD): character 'd' (U+0064) is outside the declared character set UNOA")]
    [InlineData("segment 14 (LOC): out of the order of the PAXLST segment table")]
    [InlineData("segment 19 (CNT): declares 5 passengers, the message holds 2")]
    [InlineData("segment 20 (UNT): declares 99 segments, the message has 19")]
    public void Read_TeletypeDeviations_WarnsAboutEach(string expected)
    {
        var batch = Read(FixtureFile.Read("paxlst-teletype-deviations.txt"));

        Assert.Contains(batch.Records[0].Warnings, w => w.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_CharacterOutsideUnoa_WarnsOnThatTravellerOnly()
    {
        var batch = Read(FixtureFile.Read("paxlst-teletype-deviations.txt"));

        Assert.Contains(batch.Records[1].Warnings, w => w.Contains("'Ü'", StringComparison.Ordinal));
        Assert.DoesNotContain(batch.Records[0].Warnings, w => w.Contains("'Ü'", StringComparison.Ordinal));
        Assert.Equal("MÜLLER", Traveller(batch, 1).Name.Surname);
    }

    [Fact]
    public void Read_NoUnaWithOtherSeparatorsInUnb_SniffsThem()
    {
        var batch = Read("UNB*UNOA^4*S*R*261201^0800*IC1~UNH*1*PAXLST^D^05B^UN^IATA~BGM*745~TDT*20*KL1~LOC*125*AMS~LOC*87*CUR~NAD*FL***DOE^JOHN~DTM*329^800101~UNT*8*1~UNZ*1*IC1~");

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        Assert.Equal("DOE", Traveller(batch, 0).Name.Surname);
        Assert.Contains(record.Warnings, w => w.Contains("no UNA, but UNB uses the separators", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NoEnvelope_ReadsBareMessageWithWarning()
    {
        var batch = Read("UNH+7+PAXLST:D:05B:UN:IATA'BGM+745'LOC+125+MIA'LOC+87+SXM'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+7+7'");

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        Assert.Equal("7", Traveller(batch, 0).MessageReference);
        Assert.Contains(record.Warnings, w => w.Contains("no UNB", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingUntAndUnz_ReadsWithWarnings()
    {
        var batch = Read("UNB+UNOA:4+S+R+261201:0800+IC1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'LOC+125+MIA'LOC+87+SXM'NAD+FL+++DOE:JANE'DTM+329:800101'");

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid);
        Assert.Contains(record.Warnings, w => w.Contains("without UNT", StringComparison.Ordinal) || w.Contains("(no UNT)", StringComparison.Ordinal));
        Assert.Contains(record.Warnings, w => w.Contains("no UNZ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnzCountAndReferenceMismatch_Warns()
    {
        var batch = Read("UNB+UNOA:4+S+R+261201:0800+IC1'UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+MIA'LOC+87+SXM'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+6+1'UNZ+3+IC2'");

        var warnings = Assert.Single(batch.Records).Warnings;
        Assert.Contains(warnings, w => w.Contains("(UNZ): declares 3 messages, the interchange holds 1", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("reference 'IC2' does not match UNB reference 'IC1'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FlightSegmentsAfterTravellers_AppliesThemToAllWithWarning()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++DOE:JANE'DTM+329:800101'TDT+20+KL1+++KL'LOC+125+AMS'LOC+87+BON'UNT+8+1'");

        var record = Assert.Single(batch.Records);
        Assert.Equal(Jurisdiction.BQ_BO, Traveller(batch, 0).Jurisdiction);
        Assert.Contains(record.Warnings, w => w.Contains("segment 5 (TDT): flight segment after traveller data", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownSegmentAndQualifiers_AreIgnoredWithWarnings()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'LOC+125+AMS'LOC+87+EUX'XYZ+1'NAD+FL+++DOE:JANE'DTM+329:800101'RFF+ZZZ:1'LOC+999+AMS'UNT+10+1'");

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid);
        Assert.Equal(Jurisdiction.BQ_SE, Traveller(batch, 0).Jurisdiction);
        Assert.Contains(record.Warnings, w => w.Contains("segment 5 (XYZ): not a PAXLST segment; ignored", StringComparison.Ordinal));
        Assert.Contains(record.Warnings, w => w.Contains("reference qualifier 'ZZZ' not supported", StringComparison.Ordinal));
        Assert.Contains(record.Warnings, w => w.Contains("place qualifier '999' not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnreadableBirthDate_RejectsThatTravellerOnlyNamingSegment()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+SAB'NAD+FL+++DOE:JANE'DTM+329:80XX01'NAD+FL+++DOE:JOHN'DTM+329:800101'UNT+8+1'");

        Assert.False(batch.Records[0].IsValid);
        Assert.True(batch.Records[1].IsValid);
        var error = batch.Records[0].Errors[0];
        Assert.Equal("message[1].traveller[1].DTM", error.Path);
        Assert.StartsWith("segment 5 (DTM): birth date '80XX01'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoJurisdictionAirportAndNoFallback_ReportsJurisdictionError()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+JFK'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+6+1'");

        var record = Assert.Single(batch.Records);
        Assert.Contains(record.Errors, e => e.Path == "message[1].traveller[1].jurisdiction");
    }

    [Fact]
    public void Read_NoJurisdictionAirportWithFallback_UsesFallback()
    {
        var batch = Read(
            "UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+JFK'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+6+1'",
            Options with { Jurisdiction = Jurisdiction.SX });

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid);
        Assert.Equal(Jurisdiction.SX, Traveller(batch, 0).Jurisdiction);
    }

    [Fact]
    public void Read_ValidatorErrors_ArePrefixedWithTravellerPosition()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JANE'NAD+FL'DTM+329:800101'UNT+7+1'");

        Assert.Contains(batch.Records[0].Errors, e => e.Path == "message[1].traveller[1].birthDate");
        Assert.Contains(batch.Records[1].Errors, e => e.Path == "message[1].traveller[2].name.surname");
    }

    [Fact]
    public void Read_OtherMessageType_IsSkippedWithError()
    {
        var batch = Read("UNB+UNOA:4+S+R+261201:0800+IC1'UNH+1+CUSRES:D:05B:UN'BGM+962'UNT+3+1'UNZ+1+IC1'");

        Assert.True(batch.IsUnreadable);
        var error = Assert.Single(batch.Errors);
        Assert.Equal("message[1]", error.Path);
        Assert.Contains("segment 2 (UNH): message type 'CUSRES' is not PAXLST", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherPaxlstVersion_ReadsWithWarning()
    {
        var batch = Read("UNH+1+PAXLST:D:12B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+6+1'");

        Assert.Contains(Assert.Single(batch.Records).Warnings, w => w.Contains("version 'D:12B' read as D:05B", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicatePassengerReference_FallsBackToPosition()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++A'DTM+329:800101'RFF+ABO:X1'NAD+FL+++B'DTM+329:800101'RFF+ABO:X1'UNT+10+1'");

        Assert.Equal("X1", Traveller(batch, 0).TravellerReference);
        Assert.Equal("2", Traveller(batch, 1).TravellerReference);
        Assert.Contains(batch.Records[1].Warnings, w => w.Contains("repeats", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("{\"records\":[]}")]
    [InlineData("UNA")]
    [InlineData("UNAabcdef")]
    public void Read_NotEdifact_IsUnreadable(string content)
    {
        var batch = Read(content);

        Assert.True(batch.IsUnreadable);
        Assert.Equal("interchange", batch.Errors[0].Path);
    }

    [Fact]
    public void Read_MoreSegmentsThanAllowed_IsUnreadable()
    {
        var batch = Read(FixtureFile.Read("paxlst-d05b-passengers.edi"), Options with { Limits = new FeedLimits { MaxSegments = 20 } });

        Assert.True(batch.IsUnreadable);
        Assert.Contains("more than 20 segments", batch.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreTravellersThanAllowed_IsUnreadable()
    {
        var batch = Read(FixtureFile.Read("paxlst-d05b-passengers.edi"), Options with { Limits = new FeedLimits { MaxRecordsPerBatch = 2 } });

        Assert.True(batch.IsUnreadable);
        Assert.Contains("more than 2 travellers", batch.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MessageWithoutTravellers_ReportsMessageError()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+KL1'UNT+4+1'");

        Assert.True(batch.IsUnreadable);
        Assert.Contains("holds no travellers", batch.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SegmentsBeforeUnh_AreIgnoredWithWarning()
    {
        var batch = Read("UNB+UNOA:4+S+R+261201:0800+IC1'BGM+745'UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+6+1'UNZ+1+IC1'");

        Assert.Contains(Assert.Single(batch.Records).Warnings, w => w.Contains("segment 2 (BGM): outside a message", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TwoInterchangesInOneInput_ReadsBothWithTheirOwnSeparatorsAndReferences()
    {
        var content = FixtureFile.Read("paxlst-d02b-crew.edi") + "NNNN\nQU SXMAPXH\n.SITAXXX\n" + FixtureFile.Read("paxlst-custom-separators.edi");

        var batch = Read(content);

        Assert.Empty(batch.Errors);
        Assert.Equal(3, batch.Records.Count);
        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        Assert.Equal("IC77/CREW01", Traveller(batch, 0).MessageReference);
        Assert.Equal("IC4/X1", Traveller(batch, 2).MessageReference);
        Assert.Equal("SMITH*JONES", Traveller(batch, 2).Name.Surname);
        Assert.DoesNotContain(batch.Records[2].Warnings, w => w.Contains("(UNZ): declares", StringComparison.Ordinal));
        Assert.Contains(batch.Records[0].Warnings, w => w.Contains("between two interchanges", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SummerTimeAtOrigin_UsesDaylightSavingOffset()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'TDT+20+KL765+++KL'LOC+125+AMS'DTM+189:2607011000:201'LOC+87+CUR'DTM+232:2607011300:201'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+9+1'");

        var leg = Traveller(batch, 0).Legs[0];
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), leg.ScheduledDeparture);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 17, 0, 0, TimeSpan.Zero), leg.ScheduledArrival);
    }

    [Fact]
    public void Read_UnknownOriginAirport_ReadsTimesAsUtcWithWarning()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+XYZ'DTM+189:2612011000:201'LOC+87+CUR'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+7+1'");

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), Traveller(batch, 0).Legs[0].ScheduledDeparture);
        Assert.Contains(batch.Records[0].Warnings, w => w.Contains("local times at XYZ read as UTC", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrongDateFormatQualifier_ReadsByLengthWithWarning()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AUA'DTM+189:202612011000:201'LOC+87+MIA'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+7+1'");

        var t = Traveller(batch, 0);
        Assert.Equal(Direction.Departure, t.Direction);
        Assert.Equal(Jurisdiction.AW, t.Jurisdiction);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(-4)), t.Legs[0].ScheduledDeparture);
        Assert.Contains(batch.Records[0].Warnings, w => w.Contains("format qualifier 201 does not match", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SecondUnbBeforeUnz_WarnsAndReadsBoth()
    {
        var batch = Read("UNB+UNOA:4+S+R+261201:0800+A'UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+6+1'"
            + "UNB+UNOA:4+S+R+261201:0800+B'UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JOHN'DTM+329:800101'UNT+6+1'UNZ+1+B'");

        Assert.Equal(["A/1", "B/1"], batch.Records.Select(r => ((TravellerRecord)r.Record!).MessageReference));
        Assert.Contains(batch.Records[0].Warnings, w => w.Contains("before the previous one's UNZ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LowerCaseSexAndNoDocumentType_KeepsTheTravellerWithAWarning()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JANE'ATT+2++f'DTM+329:800101'DOC++123'UNT+8+1'");

        Assert.True(batch.Records[0].IsValid, string.Join("; ", batch.Records[0].Errors));
        Assert.Equal("F", Traveller(batch, 0).Audit?.Sex);
        Assert.Equal(new TravelDocument { Type = "O", Number = "123" }, Traveller(batch, 0).Document);
        Assert.Contains(batch.Records[0].Warnings, w => w.StartsWith("segment 7 (DOC): no document type code", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RepeatedMessageReference_Warns()
    {
        var message = "UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+6+1'";

        var batch = Read("UNB+UNOA:4+S+R+261201:0800+A'" + message + message + "UNZ+2+A'");

        Assert.DoesNotContain(batch.Records[0].Warnings, w => w.Contains("repeats an earlier message", StringComparison.Ordinal));
        Assert.Contains(batch.Records[1].Warnings, w => w.Contains("repeats an earlier message", StringComparison.Ordinal));
    }
}
