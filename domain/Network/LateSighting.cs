using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Network;

/// <summary>
/// A record already counted whose counts a newly recorded, earlier record changes: the new record
/// falls inside one of its windows but was not there when it was counted.
/// </summary>
/// <param name="Jurisdiction">Its jurisdiction.</param>
/// <param name="RecordId">Its assessment id (the record's first version).</param>
/// <param name="EventAt">Its own time, as its sighting holds it.</param>
public sealed record LateSighting(Jurisdiction Jurisdiction, string RecordId, DateTimeOffset EventAt);
