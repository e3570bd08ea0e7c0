using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>How a PAXLST interchange is read.</summary>
public sealed record PaxlstReadOptions
{
    /// <summary>The sending system, set on every record.</summary>
    public string SourceSystem { get; init; } = "";

    /// <summary>The jurisdiction used when neither the arrival nor the departure airport is in one.</summary>
    public Jurisdiction? Jurisdiction { get; init; }

    /// <summary>Today's date: resolves two-digit years and bounds birth dates.</summary>
    public DateOnly Today { get; init; }

    /// <summary>Limits on the input.</summary>
    public FeedLimits Limits { get; init; } = new();
}
