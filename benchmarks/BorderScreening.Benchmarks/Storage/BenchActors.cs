using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;

namespace BorderScreening.Benchmarks.Storage;

/// <summary>The actor for calling review services directly (HTTP calls carry a local token instead).</summary>
public static class BenchActors
{
    /// <summary>A supervisor for every jurisdiction.</summary>
    public static Actor Supervisor { get; } = new("bench-supervisor", "Review.Supervisor", JurisdictionCodes.All.ToHashSet(), JurisdictionCodes.All.ToHashSet());
}
