using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>Queue names: "signals-cw", "signals-bq-bo" (lower case: valid for Storage Queues and Service Bus).</summary>
public static class SignalQueueNames
{
    /// <summary>The signals queue of a jurisdiction.</summary>
    public static string For(Jurisdiction jurisdiction, string prefix = "") =>
        $"{prefix}signals-{jurisdiction.ToCode().ToLowerInvariant()}";
}
