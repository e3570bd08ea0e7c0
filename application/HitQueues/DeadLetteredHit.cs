namespace BorderScreening.Application.HitQueues;

/// <summary>
/// A hit taken from a queue's dead-letter queue (Service Bus) or poison queue (Storage Queues), to be
/// filed and then settled with <see cref="IHitQueue.CompleteDeadLetteredAsync"/>.
/// </summary>
/// <param name="Hit">The message as received (its body may be unreadable: <see cref="ReceivedHit.Message"/> null).</param>
/// <param name="Reason">Why it was set aside: the broker's reason (<c>TTLExpiredException</c>, <c>MaxDeliveryCountExceeded</c>) or the intake's.</param>
public sealed record DeadLetteredHit(ReceivedHit Hit, string? Reason);
