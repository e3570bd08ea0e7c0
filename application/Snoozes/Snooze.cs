using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Snoozes;

/// <summary>
/// One indicator suppressed for one entity (by its keyed hash) until it expires, set from a reviewed
/// case with a reason — e.g. a network-count indicator for a large, legitimate hotel.
/// </summary>
public sealed record Snooze(
    string Id,
    Jurisdiction Jurisdiction,
    string IndicatorId,
    NetworkEntityType EntityType,
    string EntityHash,
    string Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    string CreatedBy,
    string CaseId);
