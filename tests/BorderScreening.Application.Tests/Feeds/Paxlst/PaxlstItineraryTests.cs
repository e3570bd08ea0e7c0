using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Tests.Feeds.Fixtures;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Tests.Feeds.Paxlst;

/// <summary>
/// Itineraries in every form real PAXLST traffic uses (several TDT groups, LOC 92 routing points
/// with their own times, LOC 125/87 pairs, ports of embarkation and debarkation per traveller), and
/// missing optional elements that must never cost a traveller.
/// </summary>
public class PaxlstItineraryTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly PaxlstReadOptions Options = new() { SourceSystem = "AA-API", Today = Today };
    private readonly PaxlstReader _reader = new();

    private ParsedBatch Read(string content) => _reader.Read(content, Options);

    private static TravellerRecord Traveller(ParsedBatch batch, int index) =>
        Assert.IsType<TravellerRecord>(batch.Records[index].Record);

    [Fact]
    public void Read_UsStyleSeveralTdtGroups_KeepsEveryLegWithItsFlight()
    {
        var batch = Read(FixtureFile.Read("paxlst-us-multileg.edi"));

        Assert.Empty(batch.Errors);
        var garcia = Traveller(batch, 0);
        Assert.Equal(
            [("BOG", "MIA", "AA920"), ("MIA", "CUR", "AA963")],
            garcia.Legs.Select(l => (l.DepartureAirport, l.ArrivalAirport, l.FlightNumber)));
        Assert.All(garcia.Legs, l => Assert.Equal("AA", l.Carrier));
        Assert.Equal((Jurisdiction.CW, Direction.Arrival), (garcia.Jurisdiction, garcia.Direction));
    }

    [Fact]
    public void Read_UsStyleRoutingTimes_BelongToTheirOwnLeg()
    {
        var legs = Traveller(Read(FixtureFile.Read("paxlst-us-multileg.edi")), 0).Legs;

        // Bogotá and Miami local times in December: UTC−5; Curaçao UTC−4.
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 8, 30, 0, TimeSpan.FromHours(-5)), legs[0].ScheduledDeparture);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 13, 30, 0, TimeSpan.FromHours(-5)), legs[0].ScheduledArrival);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 17, 45, 0, TimeSpan.FromHours(-5)), legs[1].ScheduledDeparture);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 20, 55, 0, TimeSpan.FromHours(-4)), legs[1].ScheduledArrival);
    }

    [Fact]
    public void Read_UsStyle_TheRecordsFlightIsTheOneArrivingInTheJurisdiction()
    {
        var garcia = Traveller(Read(FixtureFile.Read("paxlst-us-multileg.edi")), 0);

        Assert.Equal(("AA", "AA963"), (garcia.Carrier, garcia.FlightNumber));
    }

    [Fact]
    public void Read_UsStylePortOfEmbarkation_TrimsTheTravellersLegs()
    {
        var perez = Traveller(Read(FixtureFile.Read("paxlst-us-multileg.edi")), 1);

        var leg = Assert.Single(perez.Legs);
        Assert.Equal(("MIA", "CUR", "AA963"), (leg.DepartureAirport, leg.ArrivalAirport, leg.FlightNumber));
    }

    [Fact]
    public void Read_UsStyleDocumentWithoutType_KeepsTheTravellerWithAWarning()
    {
        var batch = Read(FixtureFile.Read("paxlst-us-multileg.edi"));

        var record = batch.Records[1];
        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        var perez = Traveller(batch, 1);
        Assert.Equal(new TravelDocument { Type = "O", Number = "567123498", IssuingState = "USA", Expiry = new DateOnly(2029, 6, 15) }, perez.Document);
        Assert.Contains(record.Warnings, w => w == "segment 35 (DOC): no document type code; the document is kept as type O (other)");
        Assert.DoesNotContain(batch.Records[0].Warnings, w => w.Contains("document type", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RoutingPointsInOneTdt_MakeALegBetweenEachPair()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'TDT+20+KL765+++KL'LOC+92+AMS'DTM+189:2612011000:201'LOC+92+CUR'DTM+232:2612011415:201'DTM+189:2612011515:201'LOC+92+AUA'DTM+232:2612011555:201'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+13+1'");

        var t = Traveller(batch, 0);
        Assert.Equal([("AMS", "CUR"), ("CUR", "AUA")], t.Legs.Select(l => (l.DepartureAirport, l.ArrivalAirport)));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 15, 15, 0, TimeSpan.FromHours(-4)), t.Legs[1].ScheduledDeparture);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 14, 15, 0, TimeSpan.FromHours(-4)), t.Legs[0].ScheduledArrival);
        Assert.All(t.Legs, l => Assert.Null(l.FlightNumber));
        Assert.Equal("KL765", t.FlightNumber);
        Assert.Equal(Jurisdiction.AW, t.Jurisdiction);
    }

    [Fact]
    public void Read_DepartureAndArrivalWithRoutingStopBetween_KeepsTheStop()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'TDT+20+KL765+++KL'LOC+125+AMS'LOC+92+CUR'LOC+87+BON'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+8+1'");

        Assert.Equal([("AMS", "CUR"), ("CUR", "BON")], Traveller(batch, 0).Legs.Select(l => (l.DepartureAirport, l.ArrivalAirport)));
    }

    [Fact]
    public void Read_DepartureElsewhereThanThePreviousArrival_MakesNoLegBetweenThem()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'TDT+20+KL1+++KL'LOC+125+AMS'LOC+87+CUR'LOC+125+BON'LOC+87+AUA'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+9+1'");

        Assert.Equal([("AMS", "CUR"), ("BON", "AUA")], Traveller(batch, 0).Legs.Select(l => (l.DepartureAirport, l.ArrivalAirport)));
    }

    [Fact]
    public void Read_SeveralTdtGroupsWithPairs_KeepsBothFlights()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'TDT+20+KL765+++KL'LOC+125+AMS'LOC+87+SXM'TDT+20+WM101+++WM'LOC+125+SXM'LOC+87+SAB'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+10+1'");

        var t = Traveller(batch, 0);
        Assert.True(batch.Records[0].IsValid, string.Join("; ", batch.Records[0].Errors));
        Assert.Equal([("AMS", "SXM", "KL765"), ("SXM", "SAB", "WM101")], t.Legs.Select(l => (l.DepartureAirport, l.ArrivalAirport, l.FlightNumber)));
        Assert.Equal((Jurisdiction.BQ_SA, "WM", "WM101"), (t.Jurisdiction, t.Carrier, t.FlightNumber));
        Assert.DoesNotContain(batch.Records[0].Warnings, w => w.Contains("TDT", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DepartingTravellerOnSeveralFlights_TakesTheFlightLeavingTheJurisdiction()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'TDT+20+CM201+++CM'LOC+125+AUA'LOC+87+PTY'TDT+20+CM304+++CM'LOC+125+PTY'LOC+87+BOG'NAD+FL+++DOE:JANE'DTM+329:800101'UNT+10+1'");

        var t = Traveller(batch, 0);
        Assert.Equal((Jurisdiction.AW, Direction.Departure, "CM201"), (t.Jurisdiction, t.Direction, t.FlightNumber));
        Assert.Equal(2, t.Legs.Count);
    }

    [Fact]
    public void Read_DocumentWithoutNumber_LeavesItOutAndKeepsTheTraveller()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JANE'DTM+329:800101'DOC+P'DOC+V+VX1'UNT+8+1'");

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        Assert.Equal("VX1", Traveller(batch, 0).Document?.Number);
        Assert.Contains(record.Warnings, w => w == "segment 6 (DOC): no document number; the document is left out");
    }

    [Fact]
    public void Read_TwoLetterIssuingState_LeavesItOutWithAWarning()
    {
        var batch = Read("UNH+1+PAXLST:D:05B:UN:IATA'LOC+125+AMS'LOC+87+CUR'NAD+FL+++DOE:JANE'DTM+329:800101'DOC+P+NX1'LOC+91+NL'UNT+8+1'");

        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        Assert.Null(Traveller(batch, 0).Document?.IssuingState);
        Assert.Contains(record.Warnings, w => w.Contains("issuing state 'NL' is not a three-letter code", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_LegsOnTheirOwnFlights_ReadBackWithEveryFlight()
    {
        var traveller = Traveller(Read(FixtureFile.Read("paxlst-us-multileg.edi")), 0);

        var text = new PaxlstWriter().Write([traveller], new PaxlstWriteOptions());
        var back = Traveller(Read(text), 0);

        Assert.Equal(traveller.Legs, back.Legs);
        Assert.Equal(traveller.FlightNumber, back.FlightNumber);
    }
}
