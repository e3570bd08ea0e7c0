using System.Collections.Concurrent;
using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;

namespace BorderScreening.TestSupport;

/// <summary>
/// An audit log that keeps entries in memory, for unit tests of the security layer that run without
/// storage (the table-backed log is tested on Azurite, and end to end through the local host).
/// </summary>
public sealed class RecordingAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditEntry> _entries = new();

    /// <summary>Every entry written, in order.</summary>
    public IReadOnlyList<AuditEntry> Entries => [.. _entries];

    /// <summary>Forgets the entries written so far.</summary>
    public void Clear() => _entries.Clear();

    /// <inheritdoc />
    public Task<AuditEntry> WriteAsync(Actor actor, string action, Jurisdiction? jurisdiction, string? caseId, string? detail, string? reason, CancellationToken cancellationToken)
    {
        var entry = new AuditEntry(DateTimeOffset.UnixEpoch, actor.Subject, actor.Role, action, caseId, jurisdiction?.ToCode(), AuditEntry.DetailWithReason(detail, reason), actor.Source);
        _entries.Enqueue(entry);
        return Task.FromResult(entry);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ForCaseAsync(Jurisdiction jurisdiction, string caseId, int months, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. _entries.Where(e => e.CaseId == caseId && e.Jurisdiction == jurisdiction.ToCode())]);

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> QueryAsync(string? caseId, string? actor, DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<Jurisdiction> jurisdictions, bool includeSystem, int max, CancellationToken cancellationToken)
    {
        var codes = jurisdictions.Select(j => j.ToCode()).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<AuditEntry>>([.. _entries
            .Where(e => (e.Jurisdiction is null ? includeSystem : codes.Contains(e.Jurisdiction))
                && (string.IsNullOrEmpty(caseId) || e.CaseId == caseId)
                && (string.IsNullOrEmpty(actor) || e.Actor == actor))
            .Take(max)]);
    }
}
