namespace BorderScreening.Domain.Network;

/// <summary>What recording a batch's sightings returns: each record's counts, and the records counted before whose counts the batch changed.</summary>
/// <param name="Counts">Counts per sighting, in the order given.</param>
/// <param name="Changed">Records recorded earlier (not in this batch) that now have one of this batch's records in a window.</param>
public sealed record NetworkTally(IReadOnlyList<NetworkCounts> Counts, IReadOnlyList<LateSighting> Changed);
