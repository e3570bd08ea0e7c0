using Azure.Data.Tables;
using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// The append-only audit log: every read of a case and every action. Entries are only ever added;
/// the one exception is the retention job (<see cref="TableRetentionStore"/>), which removes an
/// entry's free-text reason after <c>Retention:AuditReasonDays</c> and the entry itself after
/// <c>Retention:AuditDays</c> (docs/security.md). Entries hold ids and codes; the reason (column
/// Reason) is the only free text.
/// <para>
/// Keys: PartitionKey = "{jurisdiction}|{yyyyMM}" (or "system|{yyyyMM}"), RowKey = "{ticks:D19}-{sequence}-{guid}"
/// so a month's entries read in time order and concurrent writers never collide.
/// </para>
/// </summary>
public sealed class TableAuditLog(StorageTables tables, TimeProvider time) : IAuditLog
{
    // Orders entries written in the same tick by this process (clocks have coarse resolution).
    private static long _sequence;

    /// <inheritdoc />
    public async Task<AuditEntry> WriteAsync(Actor actor, string action, Jurisdiction? jurisdiction, string? caseId, string? detail, string? reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = new AuditEntry(now, actor.Subject, actor.Role, action, caseId, jurisdiction?.ToCode(), AuditEntry.DetailWithReason(detail, reason), actor.Source);
        await tables.Audit.AddEntityAsync(
            new TableEntity(Partition(jurisdiction, now), $"{now.UtcTicks:D19}-{Interlocked.Increment(ref _sequence):D12}-{Guid.NewGuid():N}")
            {
                ["At"] = now,
                ["Actor"] = actor.Subject,
                ["Role"] = actor.Role,
                ["Action"] = action,
                ["CaseId"] = caseId,
                ["Jurisdiction"] = jurisdiction?.ToCode(),
                ["Detail"] = detail,
                [ReasonColumn] = string.IsNullOrEmpty(reason) ? null : reason,
                // What the retention job queries: a flag on every entry, so the filter never depends on how a missing property compares.
                [HasReasonColumn] = !string.IsNullOrEmpty(reason),
                ["Source"] = actor.Source,
            },
            cancellationToken);
        return entry;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ForCaseAsync(Jurisdiction jurisdiction, string caseId, int months, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        var now = time.GetUtcNow();
        for (var m = months - 1; m >= 0; m--)
        {
            var partition = Partition(jurisdiction, now.AddMonths(-m));
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and CaseId eq {caseId}");
            await foreach (var row in tables.Audit.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                entries.Add(FromEntity(row));
            }
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(string? caseId, string? actor, DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<Jurisdiction> jurisdictions, bool includeSystem, int max, CancellationToken cancellationToken)
    {
        // The auditor's scope as partition ranges ("CW|" up to "CW}": every month of CW), so entries of
        // other jurisdictions are never read, not only never returned.
        var owners = jurisdictions.Distinct().Select(j => j.ToCode()).Concat(includeSystem ? ["system"] : []).ToList();
        if (owners.Count == 0)
        {
            return [];
        }

        var partitions = string.Join(" or ", owners.Select(o => "(" + TableClient.CreateQueryFilter($"PartitionKey ge {o + "|"} and PartitionKey lt {o + "}"}") + ")"));
        var filter = $"({partitions}) and " + TableClient.CreateQueryFilter($"At ge {from} and At le {to}");
        if (!string.IsNullOrEmpty(caseId))
        {
            filter += " and " + TableClient.CreateQueryFilter($"CaseId eq {caseId}");
        }

        if (!string.IsNullOrEmpty(actor))
        {
            filter += " and " + TableClient.CreateQueryFilter($"Actor eq {actor}");
        }

        var entries = new List<AuditEntry>();
        await foreach (var row in tables.Audit.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(FromEntity(row));
            if (entries.Count >= max)
            {
                break;
            }
        }

        return entries.OrderBy(e => e.At).ToList();
    }

    /// <summary>Column of the free-text reason.</summary>
    internal const string ReasonColumn = "Reason";

    /// <summary>Whether the entry holds a reason now (false again once the retention job removed it).</summary>
    internal const string HasReasonColumn = "HasReason";

    /// <summary>Set (true) once the retention job removed the reason.</summary>
    internal const string ReasonRemovedColumn = "ReasonRemoved";

    /// <summary>Partition of the entries of one jurisdiction (or "system") in one month.</summary>
    internal static string Partition(Jurisdiction? jurisdiction, DateTimeOffset at) => Partition(jurisdiction?.ToCode() ?? "system", at);

    /// <summary>Partition of an owner ("CW", "system") in one month.</summary>
    internal static string Partition(string owner, DateTimeOffset at) => $"{owner}|{at.UtcDateTime:yyyyMM}";

    private static AuditEntry FromEntity(TableEntity row) => new(
        row.GetDateTimeOffset("At") ?? default,
        row.GetString("Actor") ?? "",
        row.GetString("Role") ?? "",
        row.GetString("Action") ?? "",
        row.GetString("CaseId"),
        row.GetString("Jurisdiction"),
        AuditEntry.DetailWithReason(row.GetString("Detail"), row.GetBoolean(ReasonRemovedColumn) == true ? AuditEntry.RemovedReason : row.GetString(ReasonColumn)),
        row.GetString("Source"));
}
