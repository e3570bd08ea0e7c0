using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Network;

/// <summary>One record naming its entities at a time: the unit <c>INetworkCounter</c> records and counts.</summary>
/// <param name="Jurisdiction">Counts are kept per jurisdiction.</param>
/// <param name="RecordId">The record's assessment id (a sighting is idempotent per record).</param>
/// <param name="Pseudonyms">The record's entity hashes (and those under keys still in rotation).</param>
/// <param name="EventAt">The record's own time (<see cref="EventTime"/>), which windows follow.</param>
public sealed record NetworkSighting(Jurisdiction Jurisdiction, string RecordId, Pseudonyms Pseudonyms, DateTimeOffset EventAt)
{
    /// <summary>
    /// The record this one is counted as, when both describe one traveller on one flight (a PNR
    /// passenger and the passenger-list traveller it matched): one trip names a sponsor once, however
    /// many messages describe it. Null when the record counts as itself.
    /// </summary>
    public string? CountsAs { get; init; }

    /// <summary>The key the sighting is stored and counted under.</summary>
    public string Key => CountsAs ?? RecordId;
}
