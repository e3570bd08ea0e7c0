using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Pnrgov;
using BorderScreening.Application.Tests.Feeds.Fixtures;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Application.Tests.Feeds.Pnrgov;

public class PnrgovReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly Pseudonymiser Cards = new(TestKeys.Ring());
    private static readonly PnrgovReadOptions Options = new() { SourceSystem = "KL-PNR", Today = Today, Cards = Cards };
    private readonly PnrgovReader _reader = new();

    private ParsedBatch Read(string content, PnrgovReadOptions? options = null) => _reader.Read(content, options ?? Options);

    private static TravellerRecord Traveller(ParsedBatch batch, int index) =>
        Assert.IsType<TravellerRecord>(batch.Records[index].Record);

    [Fact]
    public void Read_Version13Push_ReadsEveryPassengerOfEveryPnr()
    {
        var batch = Read(FixtureFile.Read("pnrgov-13-1-push.edi"));

        Assert.Empty(batch.Errors);
        Assert.Equal(3, batch.Records.Count);
        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        Assert.All(batch.Records, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public void Read_Version13Push_MapsThePassengerAndTheFlight()
    {
        var maria = Traveller(Read(FixtureFile.Read("pnrgov-13-1-push.edi")), 0);

        Assert.Equal(new PersonName { Surname = "JANSEN", GivenNames = "MARIA" }, maria.Name);
        Assert.Equal(new DateOnly(1990, 4, 12), maria.BirthDate);
        Assert.Equal(new TravelDocument { Type = "P", Number = "NX1234567", IssuingState = "NLD", Expiry = new DateOnly(2030, 1, 1) }, maria.Document);
        Assert.Equal(new ProtectedAttributes { Sex = "F", Nationality = "NLD" }, maria.Audit);
        Assert.Equal((Jurisdiction.CW, Direction.Arrival, "KL", "KL765"), (maria.Jurisdiction, maria.Direction, maria.Carrier, maria.FlightNumber));
        Assert.Equal(("PNR/KL765/20261201/ABC123", "1"), (maria.MessageReference, maria.TravellerReference));
        var leg = Assert.Single(maria.Legs);
        Assert.Equal(("AMS", "CUR"), (leg.DepartureAirport, leg.ArrivalAirport));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 14, 15, 0, TimeSpan.FromHours(-4)), leg.ScheduledArrival);
    }

    [Fact]
    public void Read_Version13Push_MapsTheBooking()
    {
        var booking = Traveller(Read(FixtureFile.Read("pnrgov-13-1-push.edi")), 0).Booking!;

        Assert.Equal("KL:ABC123", booking.RecordLocator);
        Assert.Equal("ABC123", booking.GroupReference);
        Assert.Equal(new DateOnly(2026, 10, 15), booking.BookingDate);
        Assert.Equal(("12345675", "AMSKL28AA"), (booking.BookingAgent, booking.BookingOffice));
        Assert.Equal(1, booking.CoTravellerCount);
        Assert.Equal(TripType.Return, booking.TripType);
        Assert.Equal(new DateOnly(2026, 10, 16), booking.TicketIssueDate);
        Assert.Equal((812.40m, "EUR"), (booking.FareAmount, booking.FareCurrency));
    }

    [Fact]
    public void Read_ArrivingWithAReturnFlightInTheItinerary_RecordsTheReturnDateAsATripFact()
    {
        var batch = Read(FixtureFile.Read("pnrgov-13-1-push.edi"));

        var maria = Traveller(batch, 0);

        // KL766 leaves Curaçao on 15 December: a stay of 14 days after the 1 December arrival.
        Assert.Equal(new DateOnly(2026, 12, 15), maria.Trip?.ReturnDate);
        Assert.Equal(14, maria.Trip!.StayDays(maria.ScheduledArrival()));
    }

    [Fact]
    public void Read_PayerIsAnotherPassengerOfTheBooking_IsOtherPersonTravellingAlong()
    {
        var batch = Read(FixtureFile.Read("pnrgov-13-1-push.edi"));

        var maria = Traveller(batch, 0).Booking!;
        var pieter = Traveller(batch, 1).Booking!;
        Assert.Equal((FormOfPayment.Card, Payer.OtherPerson, (bool?)true), (maria.FormOfPayment, maria.PaidBy, maria.PayerTravelsAlong));
        Assert.Equal(Payer.Self, pieter.PaidBy);
    }

    [Fact]
    public void Read_CardNumber_IsKeptOnlyAsKeyedReferenceAndLastFour()
    {
        var batch = Read(FixtureFile.Read("pnrgov-13-1-push.edi"));

        var maria = Traveller(batch, 0);
        Assert.Equal("1111", maria.Booking!.PaymentCardLastFour);
        Assert.Equal(Cards.PaymentCardReference(Jurisdiction.CW, "4111111111111111"), maria.Booking.PaymentCardReference);
        Assert.Equal(maria.Booking.PaymentCardReference, maria.Booking.PayerId);
        Assert.Equal(maria.Booking.PaymentCardReference, Traveller(batch, 1).Booking!.PaymentCardReference);
        var json = System.Text.Json.JsonSerializer.Serialize(batch.Records.Select(r => r.Record), BorderScreening.Application.Feeds.Json.ScreeningJson.Options);
        Assert.DoesNotContain("4111111111111111", json, StringComparison.Ordinal);
        Assert.DoesNotContain("411111", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithoutCardKeys_KeepsOnlyTheLastFour()
    {
        var maria = Traveller(Read(FixtureFile.Read("pnrgov-13-1-push.edi"), Options with { Cards = null }), 0);

        Assert.Null(maria.Booking!.PaymentCardReference);
        Assert.Equal("1111", maria.Booking.PaymentCardLastFour);
    }

    [Fact]
    public void Read_Version13Push_MapsContactsFromSsrAndAdd()
    {
        var maria = Traveller(Read(FixtureFile.Read("pnrgov-13-1-push.edi")), 0);

        Assert.Equal(new Contact { Phone = "31612345678", Email = "maria.jansen@example.org", Address = "KALVERSTRAAT 1, AMSTERDAM, 1012NX, NL" }, maria.Contact);
    }

    [Fact]
    public void Read_CashPaidByAStranger_OneWayWithDestinationAddress()
    {
        var elena = Traveller(Read(FixtureFile.Read("pnrgov-13-1-push.edi")), 2);

        Assert.Equal((FormOfPayment.Cash, Payer.OtherPerson, (bool?)false, "BOER DE HENK"), (elena.Booking!.FormOfPayment, elena.Booking.PaidBy, elena.Booking.PayerTravelsAlong, elena.Booking.PayerId));
        Assert.Equal(TripType.OneWay, elena.Booking.TripType);
        Assert.Equal(new DateOnly(2026, 11, 28), elena.Booking.BookingDate);
        Assert.Equal("KAYA GRANDI 12, WILLEMSTAD, CUW", elena.AddressAtDestination);
        Assert.Equal("5999 7654321", elena.Contact?.Phone);
        Assert.Equal((0, (string?)"KL", (string?)null), (elena.Booking.CoTravellerCount, elena.Booking.BookingAgent, elena.Booking.BookingOffice == "AMS" ? null : elena.Booking.BookingOffice));
    }

    [Fact]
    public void Read_GroupPnr_CarriesGroupNameUnaccompaniedMinorAndCompanyPayer()
    {
        var batch = Read(FixtureFile.Read("pnrgov-11-1-group-split.edi"));

        var anna = Traveller(batch, 0);
        Assert.Equal("ST MAARTEN SCHOOL CHOIR", anna.Booking!.GroupName);
        Assert.True(anna.Booking.UnaccompaniedMinorService);
        Assert.False(anna.TravellingWithGuardian);
        Assert.Equal((Payer.Company, "1005", (string?)null), (anna.Booking.PaidBy, anna.Booking.PaymentCardLastFour, anna.Booking.PaymentCardReference));
        Assert.Equal(("33445566", "NYCTRAVEL"), (anna.Booking.BookingAgent, anna.Booking.BookingOffice));
        Assert.Equal((Jurisdiction.SX, "DL669"), (anna.Jurisdiction, anna.FlightNumber));
    }

    [Fact]
    public void Read_CodeshareItinerary_KeepsOperatingAndMarketingCarrier()
    {
        var leg = Assert.Single(Traveller(Read(FixtureFile.Read("pnrgov-11-1-group-split.edi")), 0).Legs);

        Assert.Equal(("JFK", "SXM", "DL", "KL", "KL6021"), (leg.DepartureAirport, leg.ArrivalAirport, leg.Carrier, leg.MarketingCarrier, leg.FlightNumber));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 11, 30, 0, TimeSpan.FromHours(-5)), leg.ScheduledDeparture);
    }

    [Fact]
    public void Read_DocsWithoutLeadingSlashAndUnknownSegment_ReadWithWarningOnThatPassenger()
    {
        var batch = Read(FixtureFile.Read("pnrgov-11-1-group-split.edi"));

        var david = Traveller(batch, 1);
        Assert.Equal(new DateOnly(1975, 8, 22), david.BirthDate);
        Assert.Null(david.Booking!.PaidBy);
        Assert.Contains(batch.Records[1].Warnings, w => w == "segment 19 (XYZ): not a PNRGOV segment; ignored");
        Assert.DoesNotContain(batch.Records[0].Warnings, w => w.Contains("XYZ", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SplitPnr_IsMarkedSplit()
    {
        var luis = Traveller(Read(FixtureFile.Read("pnrgov-11-1-group-split.edi")), 2);

        Assert.True(luis.Booking!.SplitBooking);
        Assert.Equal("DL:SPL002", luis.Booking.RecordLocator);
    }

    [Fact]
    public void Read_PassengerWithoutBirthDate_IsReportedWithPnrAndPassengerPosition()
    {
        var record = Read(FixtureFile.Read("pnrgov-11-1-group-split.edi")).Records[2];

        Assert.False(record.IsValid);
        Assert.Contains(record.Errors, e => e.Path == "message[1].pnr[2].passenger[1].birthDate");
    }

    [Fact]
    public void Read_PnrWithoutPassengers_IsReportedWithItsSegmentPosition()
    {
        var batch = Read(FixtureFile.Read("pnrgov-11-1-group-split.edi"));

        var error = Assert.Single(batch.Errors);
        Assert.Equal("message[1].pnr[3]", error.Path);
        Assert.StartsWith("segment 25 (SRC): PNR 'EMPTY1' holds no passengers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeclaredPnrCountMismatch_Warns()
    {
        var batch = Read(FixtureFile.Read("pnrgov-11-1-group-split.edi"));

        Assert.Contains(batch.Records[0].Warnings, w => w == "segment 6 (EQN): declares 4 PNRs, the message holds 3");
    }

    [Fact]
    public void Read_OtherVersionAndYymmddBookingDate_ReadWithWarnings()
    {
        var batch = Read("UNH+1+PNRGOV:16:1:IA'TVL+011226:1000:011226:1415+AMS+AUA+KL+765'SRC'RCI+KL:Q1W2E3::261015'TIF+DOE:I+JANE:A:1'SSR+DOCS:HK:1:KL:::::/P/NLD/X1/NLD/01JAN80/F/01JAN30/DOE/JANE'UNT+7+1'");

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        Assert.Equal(new DateOnly(2026, 10, 15), Traveller(batch, 0).Booking!.BookingDate);
        Assert.Contains(record.Warnings, w => w.Contains("PNRGOV version '16.1' read as 15.1", StringComparison.Ordinal));
        Assert.Contains(record.Warnings, w => w.Contains("written YYMMDD instead of DDMMYY", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OtherMessageType_IsSkippedWithMessageError()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'");

        Assert.True(batch.IsUnreadable);
        Assert.Contains("message type 'PAXLST' is not PNRGOV", batch.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MorePassengersThanAllowed_IsUnreadable()
    {
        var batch = Read(FixtureFile.Read("pnrgov-13-1-push.edi"), Options with { Limits = new FeedLimits { MaxRecordsPerBatch = 2 } });

        Assert.True(batch.IsUnreadable);
        Assert.Contains("more than 2 passengers", batch.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not edifact")]
    public void Read_NotEdifact_IsUnreadable(string content)
    {
        Assert.True(Read(content).IsUnreadable);
    }

    [Fact]
    public void Read_PnrLevelDocs_GoToThePassengerTheyName()
    {
        var batch = Read("UNH+1+PNRGOV:13:1:IA'TVL+011226:1000:011226:1415+MIA+SXM+AA+1234'SRC'RCI+AA:K9K9K9::011126'SSR+DOCS:HK:1:AA:::::/P/USA/B2/USA/02FEB82/M/01JAN30/ROE/RICHARD'TIF+DOE:I+JANE:A:1'TIF+ROE:I+RICHARD:A:2'SSR+DOCS:HK:1:AA:::::/P/USA/B1/USA/01JAN80/F/01JAN30/DOE/JANE'UNT+8+1'");

        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        Assert.Equal(new DateOnly(1982, 2, 2), Traveller(batch, 1).BirthDate);
        Assert.Equal("B2", Traveller(batch, 1).Document?.Number);
    }
}
