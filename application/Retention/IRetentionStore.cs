using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Retention;

/// <summary>
/// What the retention job removes or rewrites, wherever it is kept. The periods and what a
/// depersonalised record still holds are <see cref="RetentionService"/>'s; the store only knows
/// where the rows are.
/// </summary>
public interface IRetentionStore
{
    /// <summary>Deletes the assessments of records that were not hits, screened before <paramref name="screenedBefore"/>; returns how many.</summary>
    Task<int> DeleteNonHitAssessmentsAsync(DateTimeOffset screenedBefore, CancellationToken cancellationToken);

    /// <summary>Deletes network sightings whose record's own time is before <paramref name="seenBefore"/>; returns how many.</summary>
    Task<int> DeleteSightingsAsync(DateTimeOffset seenBefore, CancellationToken cancellationToken);

    /// <summary>Deletes the full records kept for recounts filed before <paramref name="filedBefore"/> (their lateness horizon has passed); returns how many.</summary>
    Task<int> DeleteRecentRecordsAsync(DateTimeOffset filedBefore, CancellationToken cancellationToken);

    /// <summary>Deletes history entries filed before <paramref name="filedBefore"/>; returns how many.</summary>
    Task<int> DeleteHistoryAsync(DateTimeOffset filedBefore, CancellationToken cancellationToken);

    /// <summary>Decided and missed cases received before <paramref name="receivedBefore"/>, of every jurisdiction.</summary>
    IAsyncEnumerable<ClosedCase> ClosedCasesAsync(DateTimeOffset receivedBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Rewrites a stored review case with <paramref name="clean"/> and marks it depersonalised;
    /// false when it is unknown or was depersonalised before (so a run counts only new work).
    /// </summary>
    Task<bool> DepersonaliseCaseAsync(string caseId, Func<ReviewCase, ReviewCase> clean, CancellationToken cancellationToken);

    /// <summary>Removes the audit-only group and the feature vector kept beside an assessment for monitoring.</summary>
    Task ClearMonitoringFactsAsync(string assessmentId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the stored signal of a referred case (none stored is fine) and any of its sends still
    /// waiting in the outbox, which hold the same personal data; returns how many sends were deleted.
    /// </summary>
    Task<int> DeleteSignalAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken);

    /// <summary>Signal sends of every jurisdiction queued before <paramref name="queuedBefore"/> and still not delivered.</summary>
    Task<IReadOnlyList<UndeliveredSignal>> UndeliveredSignalsAsync(DateTimeOffset queuedBefore, CancellationToken cancellationToken);

    /// <summary>Deletes audit entries written before <paramref name="writtenBefore"/>; returns how many.</summary>
    Task<int> DeleteAuditEntriesAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the free-text reason of audit entries of the jurisdictions written before
    /// <paramref name="writtenBefore"/> (the entry stays, marked as having had one); returns how many.
    /// </summary>
    Task<int> RemoveAuditReasonsAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken);

    /// <summary>Deletes snoozes that ended (expired or were lifted) before <paramref name="endedBefore"/>; returns how many.</summary>
    Task<int> DeleteEndedSnoozesAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);

    /// <summary>Deletes the travellers kept for PNR matching of flights dated before <paramref name="flownBefore"/>; returns how many.</summary>
    Task<int> DeleteBookingsAsync(DateOnly flownBefore, CancellationToken cancellationToken);
}

/// <summary>A signal send waiting in the outbox, by ids only.</summary>
/// <param name="Jurisdiction">The signal's jurisdiction.</param>
/// <param name="SignalId">The signal.</param>
/// <param name="CaseId">The case it was made from.</param>
/// <param name="Resend">0 for the first send, then the re-send number.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="QueuedAt">When the send was queued.</param>
public sealed record UndeliveredSignal(Jurisdiction Jurisdiction, string SignalId, string CaseId, int Resend, int Attempts, DateTimeOffset QueuedAt);

/// <summary>A decided or missed case, by where it is.</summary>
/// <param name="Jurisdiction">The case's jurisdiction.</param>
/// <param name="CaseId">The case id (also its assessment's id).</param>
public sealed record ClosedCase(Jurisdiction Jurisdiction, string CaseId);
