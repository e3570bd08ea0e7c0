using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Collects the flight of one message (segment group 2 and 3: TDT, LOC 125/87/92, DTM 189/232)
/// into its carrier, flight number and legs. Every traveller of the message takes these.
/// </summary>
internal sealed class PaxlstFlightBuilder(DateOnly today)
{
    private readonly List<LegBuilder> _legs = [];
    private EdifactSegment? _tdt;

    /// <summary>TDT: the transport (flight number and carrier); a second one is ignored.</summary>
    public void Transport(EdifactSegment segment, List<string> warnings)
    {
        if (_tdt is not null)
        {
            warnings.Add($"{segment.Where}: a second TDT in one message ignored");
            return;
        }

        _tdt = segment;
        if (segment.Value(2).Length == 0)
        {
            warnings.Add($"{segment.Where}: no flight number");
        }
    }

    /// <summary>LOC 125 (departure), 87 (arrival) or 92 (routing).</summary>
    public void Place(EdifactSegment segment, string qualifier, List<string> warnings)
    {
        var airport = segment.Value(2).ToUpperInvariant();
        switch (qualifier)
        {
            case "125":
                _legs.Add(new LegBuilder { Departure = airport });
                break;
            case "87" when _legs.Count > 0 && _legs[^1].Arrival.Length == 0:
                _legs[^1].Arrival = airport;
                break;
            case "87":
                // An arrival without its departure: continue from the previous arrival if any.
                _legs.Add(new LegBuilder { Departure = _legs.Count > 0 ? _legs[^1].Arrival : "", Arrival = airport });
                if (_legs.Count == 1)
                {
                    warnings.Add($"{segment.Where}: arrival airport without a departure airport (LOC 125)");
                }

                break;
            default:
                // LOC 92 (routing) adds nothing the legs do not already say.
                break;
        }
    }

    /// <summary>DTM 189 (departure) or 232 (arrival), local time of the leg read last.</summary>
    public void Time(EdifactSegment segment, string qualifier, List<string> warnings)
    {
        if (_legs.Count == 0)
        {
            warnings.Add($"{segment.Where}: flight time without a LOC 125/87 before it; ignored");
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

        if (qualifier == "189")
        {
            _legs[^1].DepartureTime = parsed;
        }
        else
        {
            _legs[^1].ArrivalTime = parsed;
        }
    }

    /// <summary>The carrier and flight number from the TDT; the carrier falls back to the flight number's prefix.</summary>
    public (string? Carrier, string? FlightNumber) Identity()
    {
        if (_tdt is null)
        {
            return (null, null);
        }

        var flight = _tdt.Value(2).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var carrier = _tdt.Value(5).ToUpperInvariant();
        if (carrier.Length == 0 && flight.Length > 2)
        {
            carrier = flight[..2];
        }

        return (carrier.Length == 0 ? null : carrier, flight.Length == 0 ? null : flight);
    }

    /// <summary>The legs with their local times turned into instants at each airport.</summary>
    public List<FlightLeg> BuildLegs(List<string> warnings)
    {
        var legs = new List<FlightLeg>(_legs.Count);
        var unknownZones = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var leg in _legs)
        {
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

            legs.Add(new FlightLeg
            {
                DepartureAirport = leg.Departure,
                ArrivalAirport = leg.Arrival,
                ScheduledDeparture = Instant(leg.Departure, leg.DepartureTime),
                ScheduledArrival = Instant(leg.Arrival, leg.ArrivalTime),
            });
        }

        if (unknownZones.Count > 0)
        {
            warnings.Add($"local times at {string.Join(", ", unknownZones)} read as UTC (airport time zone not known)");
        }

        return legs;
    }

    private sealed class LegBuilder
    {
        public string Departure { get; set; } = "";
        public string Arrival { get; set; } = "";
        public DateTime? DepartureTime { get; set; }
        public DateTime? ArrivalTime { get; set; }
    }
}
