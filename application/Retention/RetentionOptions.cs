namespace BorderScreening.Application.Retention;

/// <summary>
/// How long data is kept (defaults and their reasons in docs/security.md, "Retention defaults").
/// Periods in days.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Retention";

    /// <summary>Assessments that were not hits: only statistics need them; 90 days covers the widest counting window.</summary>
    public int NonHitAssessmentDays { get; set; } = 90;

    /// <summary>Network sightings: the widest counting window is 90 days, older ones count for nothing.</summary>
    public int SightingDays { get; set; } = 90;

    /// <summary>
    /// Days a record's history entry (depersonalised record, counts, outcome: docs/history.md) is kept
    /// after its own time, so rules can be replayed on a year of real traffic.
    /// </summary>
    public int HistoryDays { get; set; } = 400;

    /// <summary>Decided and missed cases keep clear data this long, then are depersonalised (PNR benchmark: six months).</summary>
    public int CaseDepersonaliseDays { get; set; } = 180;

    /// <summary>
    /// A dropped feed file (the feed's records in the clear) is deleted this long after it was screened;
    /// its records live on as assessments and cases, so the file is only kept for the feed to check
    /// its result and for an operator to look into a failure.
    /// </summary>
    public int DroppedFileDays { get; set; } = 7;

    /// <summary>
    /// A drop's result file (assessment ids, statuses and error messages, which may quote a rejected
    /// value) is deleted this long after it was written; at least <see cref="DroppedFileDays"/>.
    /// </summary>
    public int DropResultDays { get; set; } = 30;

    /// <summary>
    /// A signal send still undelivered after this long is reported by every retention run (it holds the
    /// signal's personal data and should have gone within minutes); it is kept for the relay until the
    /// case is depersonalised, when it goes with the stored signal.
    /// </summary>
    public int UndeliveredSignalReportDays { get; set; } = 3;

    /// <summary>Audit entries: accountability for every consultation and decision; five years.</summary>
    public int AuditDays { get; set; } = 1827;

    /// <summary>
    /// The free-text reason of an audit entry (escalation, reopening, reassignment, snooze, signal
    /// re-send) is removed this long after it was written — it may name the person — while the entry
    /// itself (who, what, when, which case) stays for <see cref="AuditDays"/>.
    /// </summary>
    public int AuditReasonDays { get; set; } = 180;

    /// <summary>An ended (expired or lifted) snooze, with its reason and the entity's hash, is deleted this long after its end.</summary>
    public int EndedSnoozeDays { get; set; } = 30;

    /// <summary>
    /// PNR passengers and listed travellers kept for PNR matching (table "bookings") are deleted this
    /// many days after their flight: a late PNR push or an amendment arrives within days, and the
    /// screened records themselves live on in the assessments and history.
    /// </summary>
    public int BookingDays { get; set; } = 14;

    /// <summary>Whether the periods are usable; the minimums are in the validation message.</summary>
    public bool IsValid =>
        NonHitAssessmentDays >= 90 && SightingDays >= 90 && HistoryDays > 0 && CaseDepersonaliseDays > 0
        && DroppedFileDays > 0 && DropResultDays >= DroppedFileDays
        && UndeliveredSignalReportDays > 0
        && AuditReasonDays > 0 && AuditDays >= AuditReasonDays && AuditDays >= CaseDepersonaliseDays
        && EndedSnoozeDays >= 0 && BookingDays >= 3;
}
