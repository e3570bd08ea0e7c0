using BorderScreening.Core.Network;
using BorderScreening.Core.Privacy;
using BorderScreening.Core.Records;

namespace BorderScreening.Core.Scoring;

/// <summary>Everything the indicators and the model may look at for one record.</summary>
public sealed record ScreeningContext(
    ScreeningRecord Record,
    Pseudonyms Pseudonyms,
    NetworkCounts Counts,
    DateTimeOffset ScreenedAt);
