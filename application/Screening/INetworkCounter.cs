using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Screening;

/// <summary>Records that a record named its entities, at the record's own time, and returns the window counts.</summary>
public interface INetworkCounter
{
    /// <summary>
    /// Records every sighting of a batch (idempotent per record: a record seen before keeps its first
    /// time), then counts: records of one batch that share an entity cost one count read for it and
    /// each sees the others. Counts are in the order given. Also returns the records recorded earlier
    /// whose windows a newly recorded sighting falls in (the late-record rule, docs/network-counts.md).
    /// </summary>
    Task<NetworkTally> RecordAndCountAsync(IReadOnlyList<NetworkSighting> sightings, CancellationToken cancellationToken);

    /// <summary>The counts for a sighting already recorded, as they stand now (nothing is written).</summary>
    Task<NetworkCounts> CountAsync(NetworkSighting sighting, CancellationToken cancellationToken);

    /// <summary>
    /// The ids of records that named the entity (newest first is not promised), at most
    /// <paramref name="limit"/>: how review finds the cases linked to a hit.
    /// </summary>
    IAsyncEnumerable<string> RecordIdsAsync(Jurisdiction jurisdiction, NetworkEntityType type, string hash, int limit, CancellationToken cancellationToken);
}
