using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Catalogues.Replay;

/// <summary>What to replay: the stored records of some jurisdictions whose own time falls in [From, To), through a candidate catalogue.</summary>
public sealed record ReplayRequest
{
    /// <summary>The jurisdictions to replay (each reader is confined to one).</summary>
    public IReadOnlyList<Jurisdiction> Jurisdictions { get; init; } = [];

    /// <summary>Start of the period (inclusive), by the records' own time.</summary>
    public DateTimeOffset From { get; init; }

    /// <summary>End of the period (exclusive).</summary>
    public DateTimeOffset To { get; init; }

    /// <summary>The candidate catalogue compared with the one in service.</summary>
    public IndicatorCatalogue Candidate { get; init; } = null!;

    /// <summary>Readers in flight at once (each reads one shard-day of one jurisdiction).</summary>
    public int Parallelism { get; init; } = 8;
}
