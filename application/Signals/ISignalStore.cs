using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>
/// Signals made from referred cases and their outbox. A referral's decision, its signal and the
/// signal's first send are stored together or not at all, so a referral can neither be decided
/// without its signal nor signalled without its decision.
/// </summary>
public interface ISignalStore
{
    /// <summary>
    /// Replaces the decided case (if nobody changed it since it was read, as
    /// <see cref="IWorklistStore.TryReplaceAsync"/>) and stores its signals — one per partner — each
    /// with its first send, at once; false when the case changed meanwhile (nothing is written then).
    /// At most <see cref="SignalPartnerOptions.MaxPerDecision"/> signals.
    /// </summary>
    Task<bool> TryDecideWithSignalsAsync(WorklistItem decided, IReadOnlyList<ThemeSignal> signals, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The first signal made from a case (in signal order); null when none.</summary>
    Task<StoredSignal?> GetAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// The signal with this id in the jurisdiction; null when there is none (or it was removed with
    /// its case). Partners name a signal by its id only (partner outcomes).
    /// </summary>
    Task<StoredSignal?> FindAsync(Jurisdiction jurisdiction, string signalId, CancellationToken cancellationToken);

    /// <summary>Every signal made from a case, one per partner, in a stable order.</summary>
    Task<IReadOnlyList<StoredSignal>> ListAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a re-send on the stored signal (conditional on its version) and queues the send;
    /// returns the re-send number, or null when the signal changed meanwhile.
    /// </summary>
    Task<int?> QueueResendAsync(StoredSignal stored, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sends of a jurisdiction due now, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<SignalSend>> PendingAsync(Jurisdiction jurisdiction, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>One queued send; null when it is gone (sent already).</summary>
    Task<SignalSend?> GetSendAsync(Jurisdiction jurisdiction, string signalId, int resend, CancellationToken cancellationToken);

    /// <summary>
    /// Takes a send for one sender by pushing its next attempt to <paramref name="until"/>; returns it
    /// with its new version, or null when another relay took or finished it.
    /// </summary>
    Task<SignalSend?> TryLeaseAsync(SignalSend send, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt and when to try again.</summary>
    Task MarkFailedAsync(SignalSend send, DateTimeOffset next, CancellationToken cancellationToken);

    /// <summary>Removes a delivered send; already removed is fine.</summary>
    Task MarkSentAsync(SignalSend send, CancellationToken cancellationToken);
}
