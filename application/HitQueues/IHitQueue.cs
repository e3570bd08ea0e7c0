using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.HitQueues;

/// <summary>
/// The hit-queue port: one queue per jurisdiction. Adapters: Azure Service Bus (Azure) and Azure
/// Storage Queues (local host, tests, small deployments). Delivery is at least once; consumers are
/// idempotent by case id.
/// </summary>
public interface IHitQueue
{
    /// <summary>Sends a hit to its jurisdiction's queue; expires at the deadline.</summary>
    Task SendAsync(HitRouting message, CancellationToken cancellationToken);

    /// <summary>Takes up to <paramref name="maxMessages"/> hits, hidden from others for <paramref name="lockFor"/>.</summary>
    Task<IReadOnlyList<ReceivedHit>> ReceiveAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken);

    /// <summary>Removes a handled hit.</summary>
    Task CompleteAsync(Jurisdiction jurisdiction, ReceivedHit hit, CancellationToken cancellationToken);

    /// <summary>
    /// Moves an unprocessable or expired hit aside (Service Bus dead-letter queue; a "-poison" queue
    /// for Storage Queues) with the reason, so nothing is silently dropped.
    /// </summary>
    Task DeadLetterAsync(Jurisdiction jurisdiction, ReceivedHit hit, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="maxMessages"/> hits that were moved aside — by the intake, or by the
    /// broker on expiry or after too many deliveries — hidden from others for <paramref name="lockFor"/>,
    /// so the deadline guard can file each as a missed case. Empty when there are none.
    /// </summary>
    Task<IReadOnlyList<DeadLetteredHit>> ReceiveDeadLetteredAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken);

    /// <summary>Removes a dead-lettered hit once it has been filed. Already removed is fine.</summary>
    Task CompleteDeadLetteredAsync(Jurisdiction jurisdiction, DeadLetteredHit hit, CancellationToken cancellationToken);

    /// <summary>Approximate number of waiting hits (for metrics); -1 when the adapter cannot count.</summary>
    Task<int> CountAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);

    /// <summary>
    /// Throws when the transport cannot be reached (for the health check). Counting one queue is
    /// enough where counting touches the service; adapters that cannot count probe otherwise.
    /// </summary>
    Task ProbeAsync(CancellationToken cancellationToken) => CountAsync(Jurisdiction.AW, cancellationToken);
}
