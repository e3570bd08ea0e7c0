using BorderScreening.Application.Screening.Bookings;

namespace BorderScreening.Application.Tests.Screening.Bookings;

/// <summary>The booking store in memory, keyed like the table: flight, kind, sender and source identity.</summary>
internal sealed class InMemoryBookingStore : IBookingStore
{
    private readonly Dictionary<(string Flight, BookingEntryKind Kind, string Id), StoredTraveller> _rows = [];

    public int Saves { get; private set; }

    public Task SaveAsync(FlightKey flight, BookingEntryKind kind, IReadOnlyList<StoredTraveller> travellers, CancellationToken cancellationToken)
    {
        Saves++;
        foreach (var t in travellers)
        {
            _rows[(flight.ToString(), kind, $"{t.Sender}|{t.Record.SourceIdentity()}")] = t;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredTraveller>> FindAsync(FlightKey flight, BookingEntryKind kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoredTraveller>>(_rows.Where(r => r.Key.Flight == flight.ToString() && r.Key.Kind == kind).Select(r => r.Value).ToList());
}
