using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// A list entry as stored and shown to managers: what it identifies, why it is listed, from which
/// source, who added it, and when it applies. Identifiers are kept as keyed hashes with a masked hint
/// (<see cref="Display"/>), never in clear.
/// </summary>
public sealed record WatchlistEntry
{
    /// <summary>The entry as the matcher sees it.</summary>
    public required ListedEntry Listed { get; init; }

    /// <summary>For identifiers, a masked hint ("+5999 ••• 4567"); for names, the name.</summary>
    public string Display { get; init; } = "";

    /// <summary>Why it is listed (free text; kept with the entry, never logged).</summary>
    public string Reason { get; init; } = "";

    /// <summary>Where it comes from (case number, report, agency).</summary>
    public string Source { get; init; } = "";

    /// <summary>Subject id of who added it.</summary>
    public string AddedBy { get; init; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset AddedAt { get; init; }
}
