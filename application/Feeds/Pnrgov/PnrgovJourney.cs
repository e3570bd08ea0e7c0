using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// The legs a PNR passenger's record carries and the trip type: the reported flight with the
/// itinerary flights that connect to it (arriving: the connections before it; departing: those
/// after it; a connection is the same airport within 24 hours), and Return when a later flight of
/// the itinerary comes back to where the journey began. For an arriving traveller the first later
/// flight out of the destination gives the return date (a trip fact: how long the stay is).
/// </summary>
internal static class PnrgovJourney
{
    private static readonly TimeSpan MaxConnection = TimeSpan.FromHours(24);

    public static (List<FlightLeg> Legs, TripType? TripType, DateOnly? ReturnDate) Of(PnrItinerarySegment? flight, IReadOnlyList<PnrItinerarySegment> itinerary, bool arriving)
    {
        if (flight is null)
        {
            return (itinerary.Select(Leg).ToList(), null, null);
        }

        var at = -1;
        for (var i = 0; i < itinerary.Count && at < 0; i++)
        {
            var s = itinerary[i];
            if (s.Departure == flight.Departure && s.Arrival == flight.Arrival
                && (s.DepartureTime is null || flight.DepartureTime is null || s.DepartureTime.Value.Date == flight.DepartureTime.Value.Date))
            {
                at = i;
            }
        }

        if (at < 0)
        {
            return ([Leg(flight)], null, null);
        }

        var first = at;
        var last = at;
        if (arriving)
        {
            while (first > 0 && Connects(itinerary[first - 1], itinerary[first]))
            {
                first--;
            }
        }
        else
        {
            while (last < itinerary.Count - 1 && Connects(itinerary[last], itinerary[last + 1]))
            {
                last++;
            }
        }

        var legs = new List<FlightLeg>();
        for (var i = first; i <= last; i++)
        {
            // The reported flight's own times win where the itinerary copy lacks them.
            var s = i == at ? itinerary[i] with { DepartureTime = itinerary[i].DepartureTime ?? flight.DepartureTime, ArrivalTime = itinerary[i].ArrivalTime ?? flight.ArrivalTime } : itinerary[i];
            legs.Add(Leg(s));
        }

        var origin = itinerary[first].Departure;
        var returns = itinerary.Skip(last + 1).Any(s => s.Arrival == origin);
        var destination = itinerary[last].Arrival;
        var leaving = arriving ? itinerary.Skip(last + 1).FirstOrDefault(s => s.Departure == destination && s.DepartureTime is not null) : null;
        var returnDate = leaving?.DepartureTime is { } back ? DateOnly.FromDateTime(back) : (DateOnly?)null;
        return (legs, returns ? TripType.Return : TripType.OneWay, returnDate);
    }

    private static bool Connects(PnrItinerarySegment before, PnrItinerarySegment after) =>
        before.Arrival == after.Departure
        && (before.ArrivalTime is null || after.DepartureTime is null
            || (after.DepartureTime.Value - before.ArrivalTime.Value) is var gap && gap >= TimeSpan.Zero && gap <= MaxConnection);

    private static FlightLeg Leg(PnrItinerarySegment s) => new()
    {
        DepartureAirport = s.Departure,
        ArrivalAirport = s.Arrival,
        ScheduledDeparture = s.DepartureTime is { } d ? Airports.FromLocal(s.Departure, d) : null,
        ScheduledArrival = s.ArrivalTime is { } a ? Airports.FromLocal(s.Arrival, a) : null,
        Carrier = s.Carrier,
        FlightNumber = s.FlightNumber,
        MarketingCarrier = s.MarketingCarrier,
    };
}
