using BorderScreening.Application.Cases;
using BorderScreening.Application.History;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Assessments;

/// <summary>
/// Where assessments, their review cases and the hits waiting to be published (the outbox) are
/// kept. A hit's assessment, case, outbox entry and deadline check are stored together or not at
/// all, so a hit can neither be lost between screening and its queue nor published without its case,
/// and the deadline guard learns of every hit whatever becomes of its queue message.
/// </summary>
public interface IAssessmentStore
{
    /// <summary>
    /// Stores the first version of a record's assessment and, for a hit, its case and outbox entry
    /// atomically, with the record's monitoring facts (audit-only) and content hash beside it. When
    /// the record was stored before (a retry, a concurrent copy, or a correction), nothing is written
    /// and the stored first version is returned. The record's <paramref name="filing"/> (history entry and
    /// full record, when given) is written in the same transaction.
    /// </summary>
    Task<SaveOutcome> SaveAsync(Assessment assessment, ReviewCase? reviewCase, HitRouting? hit, DateTimeOffset now, MonitoringFacts? monitoring, string contentHash, RecordFiling? filing, CancellationToken cancellationToken);

    /// <summary>Where the versions of the record first stored as <paramref name="firstId"/> stand; null when unknown.</summary>
    Task<RecordHead?> GetHeadAsync(string firstId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a corrected version (<see cref="Assessment.Version"/> above the head's, id from
    /// <see cref="AssessmentId.ForVersion"/>) and makes it the head, conditional on the head read; with
    /// the case updated (or created) and an outbox entry that routes the update to the worklist, all at
    /// once. The first version stays as it was; the record's <paramref name="filing"/> replaces its history rows.
    /// </summary>
    Task<AmendOutcome> SaveAmendmentAsync(Assessment amendment, RecordHead head, ReviewCase? reviewCase, HitRouting? hit, DateTimeOffset now, MonitoringFacts? monitoring, string contentHash, RecordFiling? filing, CancellationToken cancellationToken);

    /// <summary>Reads an assessment; null when the id is unknown or malformed.</summary>
    Task<Assessment?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// The features the assessment was scored with and their schema id, as stored beside it; null when
    /// the id is unknown or the row holds none (retention cleared them, or they were never stored).
    /// </summary>
    Task<StoredFeatures?> GetStoredFeaturesAsync(string id, CancellationToken cancellationToken);

    /// <summary>Reads a review case; null when unknown.</summary>
    Task<ReviewCase?> GetCaseAsync(string id, CancellationToken cancellationToken);

    /// <summary>Outbox entries of one jurisdiction due for (re)publishing, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<OutboxEntry>> PendingOutboxAsync(Jurisdiction jurisdiction, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Removes a published entry. Already removed is fine: another relay got there first.</summary>
    Task MarkSentAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt and when to try again, unless another relay changed the entry meanwhile.</summary>
    Task MarkFailedAsync(OutboxEntry entry, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>The case's outbox entry while it waits to be published; null once published (or for an unknown case).</summary>
    Task<OutboxEntry?> GetOutboxAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes an outbox entry that will not be published because its hit was filed as missed.
    /// Already removed is fine (the relay published it meanwhile: the intake files it as missed too).
    /// </summary>
    Task WithdrawOutboxAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Deadline checks that are due: hits of <paramref name="jurisdiction"/> whose deadline is at or
    /// before <paramref name="upTo"/> and whose check has not been cleared, earliest deadline first, at
    /// most <paramref name="max"/>. Every hit gets one check when it is stored (and one per corrected
    /// deadline), so this reads only the hits that fell due since the guard last ran, never the history.
    /// </summary>
    Task<IReadOnlyList<DueHit>> DueHitsAsync(Jurisdiction jurisdiction, DateTimeOffset upTo, int max, CancellationToken cancellationToken);

    /// <summary>Clears a deadline check once the hit's fate at its deadline is settled. Already cleared is fine.</summary>
    Task ClearDueAsync(DueHit hit, CancellationToken cancellationToken);
}
