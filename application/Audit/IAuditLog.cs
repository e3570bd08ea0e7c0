using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Audit;

/// <summary>The append-only audit log: every read of a case and every action, by whom, in which jurisdiction; ids only, never clear personal data.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry.</summary>
    Task<AuditEntry> WriteAsync(Actor actor, string action, Jurisdiction? jurisdiction, string? caseId, string? detail, CancellationToken cancellationToken);

    /// <summary>Entries about one case (the last <paramref name="months"/> months), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ForCaseAsync(Jurisdiction jurisdiction, string caseId, int months, CancellationToken cancellationToken);

    /// <summary>
    /// Entries matching an auditor's query, newest last, at most <paramref name="max"/>, of the
    /// <paramref name="jurisdictions"/> the auditor reaches only; entries that belong to no
    /// jurisdiction (catalogue changes) only when <paramref name="includeSystem"/>.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(string? caseId, string? actor, DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<Jurisdiction> jurisdictions, bool includeSystem, int max, CancellationToken cancellationToken);
}
