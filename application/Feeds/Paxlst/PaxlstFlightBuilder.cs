using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Collects the flights of one message (segment group 2 and 3: TDT, LOC 125/87/92, DTM 189/232)
/// into their legs. Every form seen in real traffic is read: one TDT with LOC 125/87 pairs per leg,
/// LOC 92 routing points each with its own DTM 232/189 times, and several TDT groups (US style, one
/// per flight of the itinerary). Every traveller of the message takes these legs.
/// </summary>
internal sealed class PaxlstFlightBuilder(DateOnly today)
{
    private readonly List<TransportGroup> _groups = [];

    /// <summary>Whether the message names more than one flight (TDT group): each leg then carries its own.</summary>
    public bool SeveralFlights => _groups.Count(g => g.Tdt is not null) > 1;

    /// <summary>TDT: starts a transport group (flight number and carrier) whose places follow it.</summary>
    public void Transport(EdifactSegment segment, List<string> warnings)
    {
        if (_groups.Count == 1 && _groups[0].Tdt is null)
        {
            // Places before the first TDT (some carriers write LOC first) belong to it.
            _groups[0].Tdt = segment;
        }
        else
        {
            _groups.Add(new TransportGroup { Tdt = segment });
        }

        if (segment.Value(2).Length == 0)
        {
            warnings.Add($"{segment.Where}: no flight number");
        }
    }

    /// <summary>LOC 125 (departure), 87 (arrival) or 92 (routing point: arrival and departure).</summary>
    public void Place(EdifactSegment segment, string qualifier, List<string> warnings)
    {
        var airport = segment.Value(2).ToUpperInvariant();
        if (_groups.Count == 0)
        {
            _groups.Add(new TransportGroup());
        }

        var group = _groups[^1];
        var last = group.Points.Count > 0 ? group.Points[^1] : null;
        switch (qualifier)
        {
            case "125":
                // A departure where the previous leg arrived continues from it (LOC 87 CUR, LOC 125 CUR);
                // elsewhere it starts a new leg with no leg to it.
                if (last is null || last.Airport != airport)
                {
                    group.Points.Add(new Point(airport));
                }

                break;
            case "87":
                if (last is null)
                {
                    warnings.Add($"{segment.Where}: arrival airport without a departure airport (LOC 125)");
                    group.Points.Add(new Point(""));
                }

                group.Points.Add(new Point(airport) { Arrives = true });
                break;
            default:
                // LOC 92: a point on the route; the leg to it (if any) arrives there, the next leaves it.
                if (last is null || last.Airport != airport)
                {
                    group.Points.Add(new Point(airport) { Arrives = last is not null });
                }

                break;
        }
    }

    /// <summary>DTM 189 (departure) or 232 (arrival): local time at the place read last.</summary>
    public void Time(EdifactSegment segment, string qualifier, List<string> warnings)
    {
        if (_groups.Count == 0 || _groups[^1].Points.Count == 0)
        {
            warnings.Add($"{segment.Where}: flight time without a LOC 125/87/92 before it; ignored");
            return;
        }

        var value = segment.Value(1, 1);
        var format = segment.Value(1, 2);
        var parsed = PaxlstDates.ParseDateTime(value, today);
        if (parsed is null)
        {
            warnings.Add($"{segment.Where}: '{value}' is not a time in format 201 (YYMMDDHHMM) or 203 (CCYYMMDDHHMM); left out");
            return;
        }

        if (format.Length > 0 && format != PaxlstDates.ExpectedFormat(value))
        {
            warnings.Add($"{segment.Where}: format qualifier {format} does not match '{value}'; read as {PaxlstDates.ExpectedFormat(value)}");
        }

        var point = _groups[^1].Points[^1];
        if (qualifier == "189")
        {
            point.Departure = parsed;
        }
        else
        {
            point.Arrival = parsed;
        }
    }

    /// <summary>The carrier and flight number of the first TDT; the carrier falls back to the flight number's prefix.</summary>
    public (string? Carrier, string? FlightNumber) Identity() =>
        _groups.FirstOrDefault(g => g.Tdt is not null) is { Tdt: { } tdt } ? Identity(tdt) : (null, null);

    /// <summary>The legs of every transport group in order, local times turned into instants at each airport.</summary>
    public List<FlightLeg> BuildLegs(List<string> warnings)
    {
        var legs = new List<FlightLeg>();
        var unknownZones = new SortedSet<string>(StringComparer.Ordinal);
        var perLeg = SeveralFlights;
        DateTimeOffset? Instant(string airport, DateTime? local)
        {
            if (local is null)
            {
                return null;
            }

            if (!Airports.HasKnownTimeZone(airport))
            {
                unknownZones.Add(airport);
            }

            return Airports.FromLocal(airport, local.Value);
        }

        foreach (var group in _groups)
        {
            var (carrier, flight) = perLeg && group.Tdt is not null ? Identity(group.Tdt) : (null, null);
            for (var i = 1; i < group.Points.Count; i++)
            {
                var to = group.Points[i];
                if (!to.Arrives)
                {
                    continue;
                }

                var from = group.Points[i - 1];
                legs.Add(new FlightLeg
                {
                    DepartureAirport = from.Airport,
                    ArrivalAirport = to.Airport,
                    ScheduledDeparture = Instant(from.Airport, from.Departure),
                    ScheduledArrival = Instant(to.Airport, to.Arrival),
                    Carrier = carrier,
                    FlightNumber = flight,
                });
            }

            if (group.Points.Count == 1)
            {
                warnings.Add($"a flight{(group.Tdt is null ? "" : $" ({group.Tdt.Where})")} names only {group.Points[0].Airport}: no leg made of it");
            }
        }

        if (unknownZones.Count > 0)
        {
            warnings.Add($"local times at {string.Join(", ", unknownZones)} read as UTC (airport time zone not known)");
        }

        return legs;
    }

    private static (string? Carrier, string? FlightNumber) Identity(EdifactSegment tdt)
    {
        var flight = tdt.Value(2).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var carrier = tdt.Value(5).ToUpperInvariant();
        if (carrier.Length == 0 && flight.Length > 2)
        {
            carrier = flight[..2];
        }

        return (carrier.Length == 0 ? null : carrier, flight.Length == 0 ? null : flight);
    }

    private sealed class TransportGroup
    {
        public EdifactSegment? Tdt { get; set; }
        public List<Point> Points { get; } = [];
    }

    /// <summary>A place on the route: the leg before it arrives there (when <see cref="Arrives"/>), the next leaves it.</summary>
    private sealed class Point(string airport)
    {
        public string Airport { get; } = airport;
        public bool Arrives { get; init; }
        public DateTime? Arrival { get; set; }
        public DateTime? Departure { get; set; }
    }
}
