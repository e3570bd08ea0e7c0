namespace BorderScreening.Application.Screening.Bookings;

/// <summary>What a stored entry of a flight is.</summary>
public enum BookingEntryKind
{
    /// <summary>A passenger of a PNR (PNRGOV), with its booking facts.</summary>
    PnrPassenger,
    /// <summary>A traveller of a passenger list (PAXLST or JSON), as it was sent, for a PNR that arrives later.</summary>
    ListedTraveller,
}
