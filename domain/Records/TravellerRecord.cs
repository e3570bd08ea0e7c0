using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Records;

/// <summary>
/// A traveller arriving in or departing from a jurisdiction, from advance passenger information
/// (PAXLST) or a border system's JSON.
/// </summary>
public sealed record TravellerRecord : ScreeningRecord
{
    /// <summary>The message this traveller came in (PAXLST message reference or the feed's batch id).</summary>
    public string MessageReference { get; init; } = "";

    /// <summary>The traveller's reference within the message (position, PNR passenger id).</summary>
    public string TravellerReference { get; init; } = "";

    /// <summary>Arrival or departure.</summary>
    public Direction Direction { get; init; } = Direction.Arrival;

    /// <summary>Operating carrier (IATA code).</summary>
    public string? Carrier { get; init; }

    /// <summary>Flight number, e.g. "KL0765".</summary>
    public string? FlightNumber { get; init; }

    /// <summary>Flight legs in travel order.</summary>
    public IReadOnlyList<FlightLeg> Legs { get; init; } = [];

    /// <summary>Names as on the document.</summary>
    public PersonName Name { get; init; } = new();

    /// <summary>Date of birth.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Audit-only attributes, kept apart from everything that scores.</summary>
    public ProtectedAttributes? Audit { get; init; }

    /// <summary>The travel document.</summary>
    public TravelDocument? Document { get; init; }

    /// <summary>Passenger or crew.</summary>
    public TravellerRole Role { get; init; } = TravellerRole.Passenger;

    /// <summary>Booking facts where the carrier or border system has them.</summary>
    public BookingFacts? Booking { get; init; }

    /// <summary>Contact details.</summary>
    public Contact? Contact { get; init; }

    /// <summary>Address at destination (hotel, host's home).</summary>
    public string? AddressAtDestination { get; init; }

    /// <summary>Stated purpose of stay.</summary>
    public PurposeOfStay? PurposeOfStay { get; init; }

    /// <summary>Sponsor or inviter.</summary>
    public Party? Sponsor { get; init; }

    /// <summary>For a minor: whether a parent or legal guardian travels along (null when unknown).</summary>
    public bool? TravellingWithGuardian { get; init; }

    /// <summary>Facts that explain the trip (consent, organised group, length of stay, medical travel).</summary>
    public TripFacts? Trip { get; init; }

    /// <summary>Coded observations a border officer recorded (see <see cref="ObservationCodes"/>).</summary>
    public IReadOnlyList<string> Observations { get; init; } = [];

    /// <inheritdoc />
    [JsonIgnore]
    public override RecordKind Kind => RecordKind.Traveller;

    /// <inheritdoc />
    public override ProtectedAttributes? AuditAttributes => Audit;

    /// <inheritdoc />
    public override string SourceIdentity() =>
        $"traveller|{SourceSystem.Trim().ToUpperInvariant()}|{MessageReference.Trim()}|{TravellerReference.Trim()}";

    /// <summary>The scheduled arrival of the last leg, when known: the deadline for review of an arrival.</summary>
    public DateTimeOffset? ScheduledArrival() => Legs.Count > 0 ? Legs[^1].ScheduledArrival : null;
}

/// <summary>Arrival or departure.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<Direction>))]
public enum Direction
{
    /// <summary>Arriving in the jurisdiction.</summary>
    Arrival,
    /// <summary>Departing from the jurisdiction.</summary>
    Departure,
}

/// <summary>Passenger or crew member.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<TravellerRole>))]
public enum TravellerRole
{
    /// <summary>Passenger.</summary>
    Passenger,
    /// <summary>Crew member.</summary>
    Crew,
}

/// <summary>The stated purpose of stay.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<PurposeOfStay>))]
public enum PurposeOfStay
{
    /// <summary>Holiday.</summary>
    Tourism,
    /// <summary>Business visit.</summary>
    Business,
    /// <summary>Paid work.</summary>
    Work,
    /// <summary>Visiting family or friends.</summary>
    Family,
    /// <summary>Study.</summary>
    Study,
    /// <summary>Transit only.</summary>
    Transit,
    /// <summary>Resident returning home.</summary>
    ReturningResident,
    /// <summary>Something else.</summary>
    Other,
}
