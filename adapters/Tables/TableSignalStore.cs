using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// Signals and their outbox, in the worklist table next to the case they come from, so the decision,
/// the signal and its outbox entry are written in one entity-group transaction (same partition).
/// <para>
/// Keys: PartitionKey = jurisdiction code (the case's worklist partition); RowKey =
/// "~signal|{caseId}|{partnerId}" for each signal made from a case (one per partner; "~signal|{caseId}"
/// for a signal written before partners were named), "~outbox|{signalId}|{resend:D4}" for a send
/// waiting to be relayed. "~" sorts after every case id, so the worklist query stops before
/// these rows.
/// </para>
/// </summary>
public sealed class TableSignalStore(StorageTables tables, TableWorklistStore worklist) : ISignalStore
{
    /// <summary>First character of every non-case row in a worklist partition.</summary>
    public const string RowPrefix = "~";

    /// <summary>Row key prefix of a case's stored signal.</summary>
    internal const string SignalPrefix = "~signal|";

    /// <summary>First row key after every signal row.</summary>
    internal const string SignalEnd = "~signal}";

    /// <summary>Row key prefix of the sends waiting to be relayed.</summary>
    internal const string OutboxPrefix = "~outbox|";

    /// <summary>First row key after every outbox row.</summary>
    internal const string OutboxEnd = "~outbox}";

    /// <inheritdoc />
    public Task<bool> TryDecideWithSignalsAsync(WorklistItem decided, IReadOnlyList<ThemeSignal> signals, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.Count > SignalPartnerOptions.MaxPerDecision)
        {
            throw new ArgumentException($"At most {SignalPartnerOptions.MaxPerDecision} signals go with one decision (one transaction).", nameof(signals));
        }

        var actions = new List<TableTransactionAction>();
        foreach (var signal in signals)
        {
            var body = TableBody.Write(signal);
            actions.Add(new(TableTransactionActionType.UpsertReplace, new TableEntity(signal.Jurisdiction.ToCode(), SignalRowKey(signal))
            {
                ["SignalId"] = signal.SignalId,
                ["Destination"] = signal.Destination.ToString(),
                ["DecidedAt"] = signal.DecidedAt,
                ["Resends"] = 0,
                ["Body"] = body,
            }));
            actions.Add(new(TableTransactionActionType.UpsertReplace, OutboxEntity(signal, body, 0, now)));
        }

        return worklist.TryReplaceAsync(decided, actions, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredSignal?> GetAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken) =>
        await ListAsync(jurisdiction, caseId, cancellationToken) is { Count: > 0 } all ? all[0] : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredSignal>> ListAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        var signals = new List<StoredSignal>();
        await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(CaseSignalsFilter(jurisdiction, caseId), cancellationToken: cancellationToken))
        {
            if (row.GetString("Body") is { } body)
            {
                signals.Add(new StoredSignal(TableBody.Read<ThemeSignal>(body), row.GetInt32("Resends") ?? 0, row.ETag.ToString()));
            }
        }

        return signals;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The signal id is a hash and does not lead to its row key, so this reads the jurisdiction's signal
    /// rows (their own key range of the partition, filtered by the stored <c>SignalId</c>): one
    /// partition, never the cases. Fine for the rate partners record outcomes at.
    /// </remarks>
    public async Task<StoredSignal?> FindAsync(Jurisdiction jurisdiction, string signalId, CancellationToken cancellationToken)
    {
        var code = jurisdiction.ToCode();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey ge {SignalPrefix} and RowKey lt {SignalEnd} and SignalId eq {signalId}");
        await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.GetString("Body") is { } body)
            {
                return new StoredSignal(TableBody.Read<ThemeSignal>(body), row.GetInt32("Resends") ?? 0, row.ETag.ToString());
            }
        }

        return null;
    }

    /// <summary>The rows of a case's signals: the one of before named partners, and one per partner.</summary>
    internal static string CaseSignalsFilter(Jurisdiction jurisdiction, string caseId)
    {
        var code = jurisdiction.ToCode();
        var legacy = SignalPrefix + caseId;
        var from = legacy + "|";
        var to = legacy + "}";
        return TableClient.CreateQueryFilter($"PartitionKey eq {code} and (RowKey eq {legacy} or (RowKey gt {from} and RowKey lt {to}))");
    }

    private static string SignalRowKey(ThemeSignal signal) =>
        signal.Partner is { } partner ? $"{SignalPrefix}{signal.CaseReference}|{partner.Id}" : SignalPrefix + signal.CaseReference;

    /// <inheritdoc />
    public async Task<int?> QueueResendAsync(StoredSignal stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var resend = stored.Resends + 1;
        var partition = stored.Signal.Jurisdiction.ToCode();
        try
        {
            await tables.Worklist.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateMerge, new TableEntity(partition, SignalRowKey(stored.Signal)) { ["Resends"] = resend }, new ETag(stored.Version)),
                    new(TableTransactionActionType.UpsertReplace, OutboxEntity(stored.Signal, TableBody.Write(stored.Signal), resend, now)),
                ],
                cancellationToken);
            return resend;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SignalSend>> PendingAsync(Jurisdiction jurisdiction, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var code = jurisdiction.ToCode();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey ge {OutboxPrefix} and RowKey lt {OutboxEnd} and NextAttemptAt le {now}");
        var sends = new List<SignalSend>();
        await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            sends.Add(Send(row));
            if (sends.Count >= max)
            {
                break;
            }
        }

        return sends;
    }

    /// <inheritdoc />
    public async Task<SignalSend?> GetSendAsync(Jurisdiction jurisdiction, string signalId, int resend, CancellationToken cancellationToken)
    {
        var response = await tables.Worklist.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), OutboxRowKey(signalId, resend), cancellationToken: cancellationToken);
        return response.HasValue ? Send(response.Value!) : null;
    }

    /// <inheritdoc />
    public async Task<SignalSend?> TryLeaseAsync(SignalSend send, DateTimeOffset until, CancellationToken cancellationToken)
    {
        try
        {
            var response = await tables.Worklist.UpdateEntityAsync(
                new TableEntity(send.Signal.Jurisdiction.ToCode(), OutboxRowKey(send)) { ["NextAttemptAt"] = until },
                new ETag(send.Version),
                TableUpdateMode.Merge,
                cancellationToken);
            return send with { Version = (response.Headers.ETag ?? new ETag(send.Version)).ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task MarkFailedAsync(SignalSend send, DateTimeOffset next, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Worklist.UpdateEntityAsync(
                new TableEntity(send.Signal.Jurisdiction.ToCode(), OutboxRowKey(send)) { ["Attempts"] = send.Attempts + 1, ["NextAttemptAt"] = next },
                ETag.All,
                TableUpdateMode.Merge,
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Gone: nothing to record.
        }
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(SignalSend send, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Worklist.DeleteEntityAsync(send.Signal.Jurisdiction.ToCode(), OutboxRowKey(send), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Removed by someone else.
        }
    }

    private static string OutboxRowKey(string signalId, int resend) => $"{OutboxPrefix}{signalId}|{resend:D4}";

    private static string OutboxRowKey(SignalSend send) => OutboxRowKey(send.Signal.SignalId, send.Resend);

    private static SignalSend Send(TableEntity row) =>
        new(TableBody.Read<ThemeSignal>(row.GetString("Body")!), row.GetInt32("Resend") ?? 0, row.GetInt32("Attempts") ?? 0, row.ETag.ToString());

    private static TableEntity OutboxEntity(ThemeSignal signal, string body, int resend, DateTimeOffset now) =>
        new(signal.Jurisdiction.ToCode(), OutboxRowKey(signal.SignalId, resend))
        {
            ["SignalId"] = signal.SignalId,
            ["CaseId"] = signal.CaseReference,
            ["Resend"] = resend,
            ["Attempts"] = 0,
            ["NextAttemptAt"] = now,
            // When it was queued, for the retention job's report of sends that never went out.
            ["QueuedAt"] = now,
            ["Body"] = body,
        };
}
