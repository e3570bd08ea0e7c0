using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// A reviewer's verdict that a case matched a list entry wrongly: kept as a labelled pair
/// (match = false) in the evaluate-pairs form, so list managers can re-check the threshold on it.
/// </summary>
public sealed record FalseMatch(
    string ListId,
    string EntryId,
    Jurisdiction Jurisdiction,
    string CaseId,
    string GivenA,
    string SurnameA,
    string BirthA,
    string GivenB,
    string SurnameB,
    string BirthB,
    string ReportedBy,
    DateTimeOffset ReportedAt);
