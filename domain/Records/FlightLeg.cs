namespace BorderScreening.Domain.Records;

/// <summary>One leg of a journey, from advance passenger information (TDT/LOC/DTM).</summary>
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
}
