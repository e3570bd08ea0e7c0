using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Domain.Scoring;

/// <summary>Everything the indicators and the model may look at for one record.</summary>
public sealed record ScreeningContext(
    ScreeningRecord Record,
    Pseudonyms Pseudonyms,
    NetworkCounts Counts,
    DateTimeOffset ScreenedAt)
{
    /// <summary>The list entries the record matched; null where no lists were consulted (backtests).</summary>
    public WatchlistMatches? Watchlist { get; init; }
}
