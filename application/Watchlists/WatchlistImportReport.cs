using BorderScreening.Application.Feeds;

namespace BorderScreening.Application.Watchlists;

/// <summary>What a bulk import did: entries stored, and each line that was not (path "line N", field named).</summary>
public sealed record WatchlistImportReport(int Stored, IReadOnlyList<FieldError> Errors);
