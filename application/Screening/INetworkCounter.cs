using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Screening;

/// <summary>Records that a record named its entities and returns the rolling counts.</summary>
public interface INetworkCounter
{
    /// <summary>
    /// Records a sighting of each entity for the record (idempotent per record) and returns the
    /// counts of distinct records per entity and window, this record included.
    /// </summary>
    Task<NetworkCounts> RecordAndCountAsync(
        Jurisdiction jurisdiction, string recordId, Pseudonyms pseudonyms, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>
    /// The same for a batch: records every sighting first, then counts, so records of one batch that
    /// share an entity cost one count read for it and each sees the others (the counts are those of
    /// one record at a time after the whole batch was recorded). Results are in the order given.
    /// </summary>
    Task<IReadOnlyList<NetworkCounts>> RecordAndCountAsync(IReadOnlyList<NetworkSighting> sightings, CancellationToken cancellationToken);

    /// <summary>
    /// The ids of records that named the entity (newest first is not promised), at most
    /// <paramref name="limit"/>: how review finds the cases linked to a hit.
    /// </summary>
    IAsyncEnumerable<string> RecordIdsAsync(Jurisdiction jurisdiction, NetworkEntityType type, string hash, int limit, CancellationToken cancellationToken);
}
