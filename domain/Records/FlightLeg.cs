namespace BorderScreening.Domain.Records;

/// <summary>One leg of a journey, from advance passenger information (TDT/LOC/DTM) or a PNR itinerary.</summary>
public sealed record FlightLeg
{
    /// <summary>IATA code of the departure airport.</summary>
    public string DepartureAirport { get; init; } = "";

    /// <summary>IATA code of the arrival airport.</summary>
    public string ArrivalAirport { get; init; } = "";

    /// <summary>Scheduled departure, with offset.</summary>
    public DateTimeOffset? ScheduledDeparture { get; init; }

    /// <summary>Scheduled arrival, with offset.</summary>
    public DateTimeOffset? ScheduledArrival { get; init; }

    /// <summary>
    /// Operating carrier of this leg (IATA code), given when the legs of a journey are on different
    /// flights (several TDT groups in a PAXLST message, a PNR itinerary); otherwise the record's.
    /// </summary>
    public string? Carrier { get; init; }

    /// <summary>Flight number of this leg, e.g. "KL0765"; given like <see cref="Carrier"/>.</summary>
    public string? FlightNumber { get; init; }

    /// <summary>For a codeshare, the carrier that sold the seat when another operates the flight.</summary>
    public string? MarketingCarrier { get; init; }
}
