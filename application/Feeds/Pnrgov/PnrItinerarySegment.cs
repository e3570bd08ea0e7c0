namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>One flight of a PNR's itinerary or the reported flight (TVL), local times as sent.</summary>
internal sealed record PnrItinerarySegment(
    string Departure,
    string Arrival,
    DateTime? DepartureTime,
    DateTime? ArrivalTime,
    string? Carrier,
    string? MarketingCarrier,
    string? FlightNumber);
