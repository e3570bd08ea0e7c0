using BorderScreening.Application.Cases;
using BorderScreening.Application.HitQueues;
using BorderScreening.Domain.Records;

namespace BorderScreening.TestSupport;

/// <summary>A real hit queue adapter whose sends can be made to fail, for fault-injection tests.</summary>
public sealed class SwitchableHitQueue : IHitQueue
{
    /// <summary>The real adapter.</summary>
    public IHitQueue Inner { get; set; } = null!;

    /// <summary>When true, sends throw as if the queue service were down.</summary>
    public bool Failing { get; set; }

    /// <summary>Number of send attempts, failed ones included.</summary>
    public int SendAttempts => _sendAttempts;

    private int _sendAttempts;

    public Task SendAsync(HitRouting message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sendAttempts);
        return Failing ? throw new InvalidOperationException("queue down (injected)") : Inner.SendAsync(message, cancellationToken);
    }

    public Task<IReadOnlyList<ReceivedHit>> ReceiveAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken) =>
        Inner.ReceiveAsync(jurisdiction, maxMessages, lockFor, cancellationToken);

    public Task CompleteAsync(Jurisdiction jurisdiction, ReceivedHit hit, CancellationToken cancellationToken) =>
        Inner.CompleteAsync(jurisdiction, hit, cancellationToken);

    public Task DeadLetterAsync(Jurisdiction jurisdiction, ReceivedHit hit, string reason, CancellationToken cancellationToken) =>
        Inner.DeadLetterAsync(jurisdiction, hit, reason, cancellationToken);

    public Task<IReadOnlyList<DeadLetteredHit>> ReceiveDeadLetteredAsync(Jurisdiction jurisdiction, int maxMessages, TimeSpan lockFor, CancellationToken cancellationToken) =>
        Inner.ReceiveDeadLetteredAsync(jurisdiction, maxMessages, lockFor, cancellationToken);

    public Task CompleteDeadLetteredAsync(Jurisdiction jurisdiction, DeadLetteredHit hit, CancellationToken cancellationToken) =>
        Inner.CompleteDeadLetteredAsync(jurisdiction, hit, cancellationToken);

    public Task<int> CountAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken) =>
        Inner.CountAsync(jurisdiction, cancellationToken);
}
