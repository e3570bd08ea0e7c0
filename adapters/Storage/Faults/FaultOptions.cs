namespace BorderScreening.Adapters.Storage.Faults;

/// <summary>
/// Fault injection into every Azure Storage call (Tables, Blobs, Queues), for load tests and tests
/// of retries and idempotency. Off unless <see cref="Rate"/> is above zero; only the local host and
/// the tests ever set it (the Functions app has no such setting in its configuration).
/// </summary>
public sealed class FaultOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Faults";

    /// <summary>Share of calls that fail, 0 (off) to 1.</summary>
    public double Rate { get; set; }

    /// <summary>
    /// Share of the failures that happen after storage has done the work (the answer is lost): the
    /// ambiguous case that only idempotent writes survive. The rest fail before the request leaves.
    /// </summary>
    public double AfterShare { get; set; } = 0.5;

    /// <summary>Seed for the choice of calls, so a run can be repeated; 0 picks one at random.</summary>
    public int Seed { get; set; }

    /// <summary>Whether any fault is injected.</summary>
    public bool Enabled => Rate > 0;

    /// <summary>Whether the values make sense.</summary>
    public bool IsValid => Rate is >= 0 and <= 1 && AfterShare is >= 0 and <= 1;
}
