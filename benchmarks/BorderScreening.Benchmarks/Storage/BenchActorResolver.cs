using BorderScreening.Core.Records;
using BorderScreening.Core.Review;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Benchmarks.Storage;

/// <summary>A supervisor for every jurisdiction, so the harness can read worklists over HTTP.</summary>
public sealed class BenchActorResolver : IActorResolver
{
    /// <summary>The actor every request gets.</summary>
    public static Actor Supervisor { get; } = new("bench-supervisor", "Review.Supervisor", true, JurisdictionCodes.All.ToHashSet());

    /// <inheritdoc />
    public Actor? Resolve(HttpContext context) => Supervisor;
}
