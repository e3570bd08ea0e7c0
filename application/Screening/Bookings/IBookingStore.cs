namespace BorderScreening.Application.Screening.Bookings;

/// <summary>
/// The travellers of each flight that PNR matching needs: PNR passengers with their booking facts,
/// and passenger-list travellers as sent. Kept per jurisdiction and flight; an entry saved again
/// (a later push) replaces the earlier one.
/// </summary>
public interface IBookingStore
{
    /// <summary>Saves (or replaces) travellers of one flight, each under its sender and source identity.</summary>
    Task SaveAsync(FlightKey flight, BookingEntryKind kind, IReadOnlyList<StoredTraveller> travellers, CancellationToken cancellationToken);

    /// <summary>Every stored traveller of a kind on a flight.</summary>
    Task<IReadOnlyList<StoredTraveller>> FindAsync(FlightKey flight, BookingEntryKind kind, CancellationToken cancellationToken);
}
