using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Csv;

/// <summary>How a work-permit CSV batch is read.</summary>
public sealed record WorkPermitCsvReadOptions
{
    /// <summary>The sending system, used when a row has no <c>sourceSystem</c> value.</summary>
    public string SourceSystem { get; init; } = "";

    /// <summary>The jurisdiction used when a row has no <c>jurisdiction</c> value.</summary>
    public Jurisdiction? Jurisdiction { get; init; }

    /// <summary>Today's date: bounds birth and application dates.</summary>
    public DateOnly Today { get; init; }

    /// <summary>Limits on the input.</summary>
    public FeedLimits Limits { get; init; } = new();
}
