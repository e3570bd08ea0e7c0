namespace BorderScreening.Application.Audit;

/// <summary>One entry of the append-only audit log.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Role, string Action, string? CaseId, string? Jurisdiction, string? Detail, string? Source);
