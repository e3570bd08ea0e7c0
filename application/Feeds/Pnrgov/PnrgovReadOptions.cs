using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>How a PNRGOV interchange is read.</summary>
public sealed record PnrgovReadOptions
{
    /// <summary>The sending system, set on every record.</summary>
    public string SourceSystem { get; init; } = "";

    /// <summary>The jurisdiction used when neither end of the reported flight lies in one.</summary>
    public Jurisdiction? Jurisdiction { get; init; }

    /// <summary>Today's date: resolves two-digit years and bounds birth dates.</summary>
    public DateOnly Today { get; init; }

    /// <summary>Limits on the input.</summary>
    public FeedLimits Limits { get; init; } = new();

    /// <summary>
    /// Makes the keyed hash of a payment card number with the jurisdiction's key. Without it only
    /// the last four digits are kept. The card number itself never leaves the reader.
    /// </summary>
    public Pseudonymiser? Cards { get; init; }
}
