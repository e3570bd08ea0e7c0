using BorderScreening.Domain.Records;

namespace BorderScreening.Application.HitQueues;

/// <summary>Queue names: "hits-aw", "hits-bq-bo" (lower case: valid for Storage Queues and Service Bus).</summary>
public static class HitQueueNames
{
    /// <summary>The hit queue of a jurisdiction.</summary>
    public static string For(Jurisdiction jurisdiction, string prefix = "") =>
        $"{prefix}hits-{jurisdiction.ToCode().ToLowerInvariant()}";
}
