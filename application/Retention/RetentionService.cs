using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Retention;

/// <summary>
/// The scheduled retention job (periods in <see cref="RetentionOptions"/>, reasons in
/// docs/security.md): deletes non-hit assessments and network sightings past their period, full
/// records once their lateness horizon has passed, history entries after their period;
/// depersonalises decided or missed cases (names, document, contact, addresses and party names
/// removed; the circumstances a label needs are kept) together with their stored signal and any send
/// of it still queued; deletes screened drop files and later their result files; removes the
/// free-text reasons from audit entries and then the entries themselves; deletes ended snoozes; and
/// reports what it must not delete on its own — signal sends that never went out, drop files nobody
/// screened. Labels stay: they hold no personal data. Runs daily (timer function; a loop in the
/// local host).
/// </summary>
public sealed class RetentionService(
    IRetentionStore store,
    IDropRetentionStore drops,
    IOptions<RetentionOptions> options,
    IOptions<NetworkCountOptions> network,
    TimeProvider time,
    ILogger<RetentionService> logger)
{
    /// <summary>What one run did.</summary>
    /// <param name="AssessmentsDeleted">Non-hit assessments deleted.</param>
    /// <param name="SightingsDeleted">Network sightings deleted.</param>
    /// <param name="CasesDepersonalised">Decided or missed cases depersonalised.</param>
    public sealed record RetentionResult(int AssessmentsDeleted, int SightingsDeleted, int CasesDepersonalised)
    {
        /// <summary>Undelivered signal sends deleted with their case's depersonalisation (each also logged as a warning).</summary>
        public int UndeliveredSendsDeleted { get; init; }

        /// <summary>Signal sends queued longer than <see cref="RetentionOptions.UndeliveredSignalReportDays"/> and still waiting (reported, kept).</summary>
        public int UndeliveredSendsReported { get; init; }

        /// <summary>Screened drop files deleted.</summary>
        public int DropFilesDeleted { get; init; }

        /// <summary>Drop result files deleted.</summary>
        public int DropResultsDeleted { get; init; }

        /// <summary>Drop files older than their period that nobody screened (reported, kept).</summary>
        public int DropFilesUnanswered { get; init; }

        /// <summary>Audit entries whose free-text reason was removed.</summary>
        public int AuditReasonsRemoved { get; init; }

        /// <summary>Audit entries deleted.</summary>
        public int AuditEntriesDeleted { get; init; }

        /// <summary>Ended snoozes deleted.</summary>
        public int SnoozesDeleted { get; init; }

        /// <summary>Full records deleted once their lateness horizon passed.</summary>
        public int RecentRecordsDeleted { get; init; }

        /// <summary>History entries deleted after <see cref="RetentionOptions.HistoryDays"/>.</summary>
        public int HistoryDeleted { get; init; }

        /// <summary>Travellers kept for PNR matching deleted <see cref="RetentionOptions.BookingDays"/> after their flight.</summary>
        public int BookingsDeleted { get; init; }
    }

    /// <summary>Runs once.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var assessments = await store.DeleteNonHitAssessmentsAsync(now.AddDays(-o.NonHitAssessmentDays), cancellationToken);
        var sightings = await store.DeleteSightingsAsync(now.AddDays(-o.SightingDays), cancellationToken);
        // A full record is kept only while a late record may still change its counts.
        var recent = await store.DeleteRecentRecordsAsync(now.AddDays(-network.Value.AllowedLatenessDays), cancellationToken);
        var history = await store.DeleteHistoryAsync(now.AddDays(-o.HistoryDays), cancellationToken);
        var (cases, sendsDeleted) = await DepersonaliseCasesAsync(now.AddDays(-o.CaseDepersonaliseDays), cancellationToken);
        var sendsReported = await ReportUndeliveredAsync(now.AddDays(-o.UndeliveredSignalReportDays), now, cancellationToken);
        var dropped = await CleanUpDropsAsync(now.AddDays(-o.DroppedFileDays), now.AddDays(-o.DropResultDays), cancellationToken);
        var reasons = await store.RemoveAuditReasonsAsync(now.AddDays(-o.AuditReasonDays), cancellationToken);
        var audit = await store.DeleteAuditEntriesAsync(now.AddDays(-o.AuditDays), cancellationToken);
        var snoozes = await store.DeleteEndedSnoozesAsync(now.AddDays(-o.EndedSnoozeDays), cancellationToken);
        var bookings = await store.DeleteBookingsAsync(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-o.BookingDays), cancellationToken);
        logger.LogInformation(
            "Retention: {Assessments} assessments, {Sightings} sightings, {Recent} full records and {History} history entries deleted, {Cases} cases depersonalised, {DropFiles} drop files and {DropResults} drop results deleted, {Reasons} audit reasons removed, {Audit} audit entries, {Snoozes} snoozes and {Bookings} booking entries deleted",
            assessments, sightings, recent, history, cases, dropped.FilesDeleted, dropped.ResultsDeleted, reasons, audit, snoozes, bookings);
        return new RetentionResult(assessments, sightings, cases)
        {
            UndeliveredSendsDeleted = sendsDeleted,
            UndeliveredSendsReported = sendsReported,
            DropFilesDeleted = dropped.FilesDeleted,
            DropResultsDeleted = dropped.ResultsDeleted,
            DropFilesUnanswered = dropped.Unanswered,
            AuditReasonsRemoved = reasons,
            AuditEntriesDeleted = audit,
            SnoozesDeleted = snoozes,
            RecentRecordsDeleted = recent,
            HistoryDeleted = history,
            BookingsDeleted = bookings,
        };
    }

    private async Task<(int Cases, int SendsDeleted)> DepersonaliseCasesAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        int done = 0, sendsDeleted = 0;
        await foreach (var closed in store.ClosedCasesAsync(before, cancellationToken))
        {
            if (!await store.DepersonaliseCaseAsync(closed.CaseId, reviewCase => reviewCase with { Record = Depersonalisation.Of(reviewCase.Record) }, cancellationToken))
            {
                continue;
            }

            // The assessment of a hit outlives the non-hits and keeps its scores, but the audit-only
            // group (nationality group, sex, age band) and the feature vector kept for monitoring go
            // with the clear record: the daily monitoring used them long before.
            await store.ClearMonitoringFactsAsync(closed.CaseId, cancellationToken);

            // A referred case's stored signal names the person too; it was delivered long before and
            // goes with the clear record (docs/signals.md). Re-sending is no longer possible after this.
            // A send still queued by now never reached the partner: it goes too (it holds the same
            // data), and is logged so the referral can be made another way.
            var sends = await store.DeleteSignalAsync(closed.Jurisdiction, closed.CaseId, cancellationToken);
            if (sends > 0)
            {
                logger.LogWarning(
                    "Retention: case {CaseId} in {Jurisdiction} was depersonalised with {Sends} signal sends never delivered; they were deleted with it",
                    closed.CaseId, closed.Jurisdiction.ToCode(), sends);
                sendsDeleted += sends;
            }

            done++;
        }

        return (done, sendsDeleted);
    }

    private async Task<int> ReportUndeliveredAsync(DateTimeOffset queuedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var undelivered = await store.UndeliveredSignalsAsync(queuedBefore, cancellationToken);
        foreach (var group in undelivered.GroupBy(u => u.Jurisdiction))
        {
            var oldest = group.MinBy(u => u.QueuedAt)!;
            // Ids only: the send itself holds the signal's personal data and stays in the outbox for the relay.
            logger.LogWarning(
                "Retention: {Count} signal sends in {Jurisdiction} are still undelivered after {Days} days; oldest {SignalId} of case {CaseId}, {Attempts} attempts, waiting {Waiting} days",
                group.Count(), group.Key.ToCode(), options.Value.UndeliveredSignalReportDays, oldest.SignalId, oldest.CaseId, oldest.Attempts, (int)(now - oldest.QueuedAt).TotalDays);
        }

        return undelivered.Count;
    }

    private async Task<DropCleanup> CleanUpDropsAsync(DateTimeOffset filesAnsweredBefore, DateTimeOffset resultsWrittenBefore, CancellationToken cancellationToken)
    {
        int files = 0, results = 0, unanswered = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var cleanup = await drops.CleanUpAsync(jurisdiction, filesAnsweredBefore, resultsWrittenBefore, cancellationToken);
            files += cleanup.FilesDeleted;
            results += cleanup.ResultsDeleted;
            unanswered += cleanup.Unanswered;
            if (cleanup.Unanswered > 0)
            {
                // Never deleted here: their records were never screened. Someone must look at them.
                logger.LogWarning(
                    "Retention: {Count} dropped files in {Jurisdiction} have no result after {Days} days and are kept; look into them",
                    cleanup.Unanswered, jurisdiction.ToCode(), options.Value.DroppedFileDays);
            }
        }

        return new DropCleanup(files, results, unanswered);
    }
}
