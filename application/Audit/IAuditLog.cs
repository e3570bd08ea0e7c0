using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Audit;

/// <summary>
/// The append-only audit log: every read of a case and every action, by whom, in which jurisdiction;
/// ids and codes, never clear personal data of the traveller — except what a reviewer writes into a
/// free-text reason, which is therefore passed apart and removed after <c>Retention:AuditReasonDays</c>.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one entry without a free-text reason.</summary>
    Task<AuditEntry> WriteAsync(Actor actor, string action, Jurisdiction? jurisdiction, string? caseId, string? detail, CancellationToken cancellationToken) =>
        WriteAsync(actor, action, jurisdiction, caseId, detail, reason: null, cancellationToken);

    /// <summary>
    /// Appends one entry; <paramref name="reason"/> is the actor's free text (kept apart from the
    /// structured <paramref name="detail"/>, see <see cref="AuditEntry"/>).
    /// </summary>
    Task<AuditEntry> WriteAsync(Actor actor, string action, Jurisdiction? jurisdiction, string? caseId, string? detail, string? reason, CancellationToken cancellationToken);

    /// <summary>Entries about one case (the last <paramref name="months"/> months), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ForCaseAsync(Jurisdiction jurisdiction, string caseId, int months, CancellationToken cancellationToken);

    /// <summary>
    /// Entries matching an auditor's query, newest last, at most <paramref name="max"/>, of the
    /// <paramref name="jurisdictions"/> the auditor reaches only; entries that belong to no
    /// jurisdiction (catalogue changes) only when <paramref name="includeSystem"/>.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(string? caseId, string? actor, DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<Jurisdiction> jurisdictions, bool includeSystem, int max, CancellationToken cancellationToken);
}
