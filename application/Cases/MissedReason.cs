namespace BorderScreening.Application.Cases;

/// <summary>
/// Why a hit became a missed case: a stable <see cref="Code"/> for metrics and statistics (few values,
/// safe as a telemetry tag) and the <see cref="Text"/> a supervisor reads on the case. Several texts
/// share a code because the cause is the same while the place it was noticed differs.
/// </summary>
/// <param name="Code">Cause: <c>expired-in-queue</c>, <c>never-published</c>, <c>delivery-count</c> or <c>dead-lettered</c>.</param>
/// <param name="Text">What happened, in words, without personal data.</param>
public sealed record MissedReason(string Code, string Text)
{
    /// <summary>The intake received the hit after its deadline.</summary>
    public static MissedReason ExpiredBeforeIntake { get; } = new("expired-in-queue", "deadline passed before review");

    /// <summary>
    /// The deadline guard found no case after the deadline and no message waiting to be published:
    /// the queue message expired unseen (a Storage Queue drops it without a trace).
    /// </summary>
    public static MissedReason ExpiredUnseen { get; } = new("expired-in-queue", "hit queue message expired before it reached the worklist");

    /// <summary>The hit could not be published to its queue before the deadline (its outbox entry was still waiting).</summary>
    public static MissedReason NeverPublished { get; } = new("never-published", "not published to the hit queue before the deadline");

    /// <summary>The message was delivered more often than the intake allows without reaching the worklist.</summary>
    public static MissedReason DeliveredTooOften { get; } = new("delivery-count", "delivered too often without reaching the worklist");

    /// <summary>
    /// A hit found in a dead-letter queue (Service Bus) or the poison queue (Storage Queues): the
    /// queue's own reason says why, so supervisors see expiry and delivery failures as such.
    /// </summary>
    public static MissedReason FromDeadLetter(string? reason) => reason switch
    {
        // Service Bus's reasons (broker dead-lettering) and the intake's own (IntakeRules).
        "TTLExpiredException" or "deadline passed" => new("expired-in-queue", "hit queue message expired and was dead-lettered"),
        "MaxDeliveryCountExceeded" or "delivered too often" => DeliveredTooOften,
        _ => new("dead-lettered", $"dead-lettered by the hit queue ({Shorten(reason)})"),
    };

    // The queue's reason is free text from the broker or a client: bounded before it is stored.
    private static string Shorten(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason.Length <= 120 ? reason : reason[..120];
}
