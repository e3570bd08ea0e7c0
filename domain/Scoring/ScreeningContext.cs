using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Domain.Scoring;

/// <summary>Everything the indicators and the model may look at for one record.</summary>
/// <param name="Record">The record.</param>
/// <param name="Pseudonyms">Its entity hashes.</param>
/// <param name="Counts">Network counts in windows ending at the record's own time.</param>
/// <param name="ScreenedAt">When it was screened (deadlines and priorities follow this).</param>
public sealed record ScreeningContext(
    ScreeningRecord Record,
    Pseudonyms Pseudonyms,
    NetworkCounts Counts,
    DateTimeOffset ScreenedAt)
{
    /// <summary>
    /// The record's own time (<see cref="EventTime"/>): ages, dates and windows are taken at it, so a
    /// record screened late or replayed is judged as it stood when it happened.
    /// </summary>
    public DateTimeOffset EventAt => EventTime.Of(Record, ScreenedAt);

    /// <summary>The list entries the record matched; null where no lists were consulted (backtests).</summary>
    public WatchlistMatches? Watchlist { get; init; }
}
