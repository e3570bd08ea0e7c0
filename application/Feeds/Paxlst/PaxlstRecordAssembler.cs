using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Turns the travellers of one finished message into validated records: each takes the message's
/// flight, its own legs, a jurisdiction and direction from the airports, and a traveller reference
/// unique within the message.
/// </summary>
internal sealed class PaxlstRecordAssembler(
    string messagePath,
    string messageReference,
    IReadOnlyList<string> messageWarnings,
    IReadOnlyList<FlightLeg> flightLegs,
    (string? Carrier, string? FlightNumber) flight,
    RecordValidator validator,
    PaxlstReadOptions options)
{
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);

    public ParsedRecord Assemble(PaxlstTravellerBuilder t, int index)
    {
        var prefix = $"{messagePath}.traveller[{t.Position}]";
        var warnings = new List<string>(messageWarnings);
        warnings.AddRange(t.Warnings);
        var errors = new List<FieldError>(t.Errors);

        var legs = PaxlstTravellerLegs.Of(t, flightLegs, warnings);
        var (jurisdiction, direction) = Place(legs, prefix, warnings, errors);
        var reference = TravellerReference(t, warnings);
        var (carrier, flightNumber) = FlightOf(legs, direction);
        var record = new TravellerRecord
        {
            Jurisdiction = jurisdiction,
            SourceSystem = options.SourceSystem ?? "",
            MessageReference = messageReference,
            TravellerReference = reference,
            Direction = direction,
            Carrier = carrier,
            FlightNumber = flightNumber,
            Legs = legs,
            Name = new PersonName { Surname = t.Surname, GivenNames = t.GivenNames },
            BirthDate = t.BirthDate,
            Audit = t.Sex is null && t.Nationality is null ? null : new ProtectedAttributes { Sex = t.Sex, Nationality = t.Nationality },
            Document = PaxlstDocumentSegments.TravelDocumentOf(t, warnings),
            Role = t.Role,
            Booking = t.BookingReference is null ? null : new BookingFacts { GroupReference = t.BookingReference },
            Contact = t.Phone is null && t.Email is null ? null : new Contact { Phone = t.Phone, Email = t.Email },
            PurposeOfStay = t.InTransit ? PurposeOfStay.Transit : null,
        };

        errors.AddRange(validator.Validate(record, options.Today, prefix + "."));
        return errors.Count == 0
            ? ParsedRecord.Valid(index, record, warnings)
            : new ParsedRecord(index, record, errors, warnings);
    }

    /// <summary>
    /// An arrival in the jurisdiction of the last airport, else a departure from the first, else the
    /// feed's jurisdiction; an error when none applies.
    /// </summary>
    private (Jurisdiction Jurisdiction, Direction Direction) Place(List<FlightLeg> legs, string prefix, List<string> warnings, List<FieldError> errors)
    {
        if (legs.Count > 0 && Airports.JurisdictionOf(legs[^1].ArrivalAirport) is { } arrival)
        {
            return (arrival, Direction.Arrival);
        }

        if (legs.Count > 0 && Airports.JurisdictionOf(legs[0].DepartureAirport) is { } departure)
        {
            return (departure, Direction.Departure);
        }

        if (options.Jurisdiction is { } fallback)
        {
            if (legs.Count > 0)
            {
                warnings.Add($"neither {legs[0].DepartureAirport} nor {legs[^1].ArrivalAirport} lies in a jurisdiction; the feed's jurisdiction {fallback.ToCode()} is used");
            }

            return (fallback, Direction.Arrival);
        }

        errors.Add(new FieldError(prefix + ".jurisdiction", legs.Count > 0
            ? $"neither the departure airport {legs[0].DepartureAirport} nor the arrival airport {legs[^1].ArrivalAirport} lies in AW, CW, SX or BQ, and the feed gave no jurisdiction"
            : "the message names no airports (LOC 125/87, 178/179) and the feed gave no jurisdiction"));
        return (default, Direction.Arrival);
    }

    /// <summary>
    /// The record's flight: with several flights in the message, the one that arrives in (or leaves)
    /// the jurisdiction — the flight a border officer meets the traveller on; else the message's.
    /// </summary>
    private (string? Carrier, string? FlightNumber) FlightOf(List<FlightLeg> legs, Direction direction)
    {
        var leg = legs.Count == 0 ? null : direction == Direction.Arrival ? legs[^1] : legs[0];
        return leg?.FlightNumber is not null ? (leg.Carrier, leg.FlightNumber) : flight;
    }

    /// <summary>The passenger reference (RFF ABO) when unique in the message, else the traveller's position.</summary>
    private string TravellerReference(PaxlstTravellerBuilder t, List<string> warnings)
    {
        var reference = t.Position.ToString(CultureInfo.InvariantCulture);
        if (t.PassengerReference is { Length: > 0 } abo)
        {
            if (_references.Contains(abo))
            {
                warnings.Add($"passenger reference (RFF ABO) '{abo}' repeats an earlier traveller's; the position {reference} is used");
            }
            else
            {
                reference = abo;
            }
        }

        _references.Add(reference);
        return reference;
    }
}
