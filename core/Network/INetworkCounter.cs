using BorderScreening.Core.Privacy;
using BorderScreening.Core.Records;

namespace BorderScreening.Core.Network;

/// <summary>Records that a record named its entities and returns the rolling counts.</summary>
public interface INetworkCounter
{
    /// <summary>
    /// Records a sighting of each entity for the record (idempotent per record) and returns the
    /// counts of distinct records per entity and window, this record included.
    /// </summary>
    Task<NetworkCounts> RecordAndCountAsync(
        Jurisdiction jurisdiction, string recordId, Pseudonyms pseudonyms, DateTimeOffset seenAt, CancellationToken cancellationToken);
}
