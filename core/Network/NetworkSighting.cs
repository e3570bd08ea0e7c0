using BorderScreening.Core.Privacy;
using BorderScreening.Core.Records;

namespace BorderScreening.Core.Network;

/// <summary>One record naming its entities at a time: the unit <see cref="INetworkCounter"/> records and counts.</summary>
/// <param name="Jurisdiction">Counts are kept per jurisdiction.</param>
/// <param name="RecordId">The record's assessment id (a sighting is idempotent per record).</param>
/// <param name="Pseudonyms">The record's entity hashes (and those under keys still in rotation).</param>
/// <param name="SeenAt">When it was screened.</param>
public sealed record NetworkSighting(Jurisdiction Jurisdiction, string RecordId, Pseudonyms Pseudonyms, DateTimeOffset SeenAt);
