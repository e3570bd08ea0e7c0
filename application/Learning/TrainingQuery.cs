using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Learning;

/// <summary>Which decided cases to train on: screened in [<see cref="From"/>, <see cref="To"/>) in the given jurisdictions.</summary>
public sealed record TrainingQuery
{
    /// <summary>Start of the period (UTC, inclusive), by the assessment's screening time.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>End of the period (UTC, exclusive).</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>Jurisdictions to read; each is read on its own (its labels partition and shards).</summary>
    public required IReadOnlyList<Jurisdiction> Jurisdictions { get; init; }

    /// <summary>Partitions read at once.</summary>
    public int Parallelism { get; init; } = 4;
}
