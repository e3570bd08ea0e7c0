namespace BorderScreening.Application.HitQueues;

/// <summary>Which hit-queue adapter runs, and how to reach it.</summary>
public sealed class HitQueueOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "HitQueue";

    /// <summary>"StorageQueue" (default; Azurite locally) or "ServiceBus" (Azure).</summary>
    public string Transport { get; set; } = "StorageQueue";

    /// <summary>Service Bus namespace host, e.g. "sb-x.servicebus.windows.net" (managed identity).</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>Service Bus connection string, only for running the contract tests against a real namespace.</summary>
    public string? ServiceBusConnectionString { get; set; }

    /// <summary>How many deliveries before a hit is treated as poison.</summary>
    public int MaxDeliveryCount { get; set; } = 5;

    /// <summary>
    /// How long a received hit stays locked (invisible to other consumers) before it is delivered
    /// again. A receive whose answer was lost leaves its messages locked this long, so load tests
    /// with injected faults shorten it.
    /// </summary>
    public int LockSeconds { get; set; } = 60;

    /// <summary>
    /// Reading a worklist drains at most this many waiting hits first (0 turns it off), so a page never
    /// waits for more than a short intake; the timer intake does the rest.
    /// </summary>
    public int DrainOnReadMax { get; set; } = 8;

    /// <summary>Reading a worklist drains its queue at most once per this interval per jurisdiction and process.</summary>
    public TimeSpan DrainOnReadInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Shortest time-to-live a hit message gets, however close its deadline: a hit published just
    /// before (or, from the outbox, after) its deadline still reaches the intake, which files it as
    /// missed with the exact reason. The deadline guard waits longer than this before it concludes
    /// that a message expired unseen. Tests shorten it to see a real expiry within seconds.
    /// </summary>
    public TimeSpan MinimumTimeToLive { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Dead-lettered hits one drain run takes per jurisdiction (see <c>DeadLetterDrain</c>).</summary>
    public int DeadLetterBatch { get; set; } = 100;

    /// <summary>Whether the settings hold together (checked at start).</summary>
    public bool IsValid =>
        Transport is "StorageQueue" or "ServiceBus" && MaxDeliveryCount > 0 && LockSeconds > 0
        && MinimumTimeToLive >= TimeSpan.FromSeconds(1) && DeadLetterBatch > 0;
}
