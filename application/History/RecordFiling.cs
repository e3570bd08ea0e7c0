using BorderScreening.Domain.Records;

namespace BorderScreening.Application.History;

/// <summary>
/// What is filed with an assessment in the same write: the history entry, and the full record for
/// as long as a late record may still change its counts (until its own time plus the allowed
/// lateness, <see cref="Domain.Network.NetworkCountOptions"/>), so a recount can judge it again.
/// </summary>
/// <param name="History">The history entry (replaces the record's earlier one).</param>
/// <param name="Recent">The full record, deleted by retention once the lateness horizon has passed.</param>
public sealed record RecordFiling(HistoryEntry History, ScreeningRecord Recent);
