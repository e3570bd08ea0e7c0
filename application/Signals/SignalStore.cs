using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>
/// Signals and their outbox, in the worklist table next to the case they come from, so the decision,
/// the signal and its outbox entry are written in one entity-group transaction (same partition).
/// <para>
/// Keys: PartitionKey = jurisdiction code (the case's worklist partition); RowKey =
/// "~signal|{caseId}" for the signal last made from a case, "~outbox|{signalId}|{resend:D4}" for a
/// send waiting to be relayed. "~" sorts after every case id, so the worklist query stops before
/// these rows.
/// </para>
/// </summary>
public sealed class SignalStore(StorageTables tables)
{
    /// <summary>First character of every non-case row in a worklist partition.</summary>
    public const string RowPrefix = "~";

    private const string SignalPrefix = "~signal|";
    private const string OutboxPrefix = "~outbox|";

    /// <summary>Azure's limit is 64 KiB per property (32K UTF-16 characters); stay under it.</summary>
    private const int MaxBodyChars = 30_000;

    /// <summary>Row key of the outbox entry of one send.</summary>
    public static string OutboxRowKey(string signalId, int resend) => $"{OutboxPrefix}{signalId}|{resend:D4}";

    /// <summary>The actions that store a new signal and queue its first send (for the decision's transaction).</summary>
    public static IReadOnlyList<TableTransactionAction> NewSignalActions(ThemeSignal signal, DateTimeOffset now)
    {
        var body = Body(signal);
        return
        [
            new(TableTransactionActionType.UpsertReplace, new TableEntity(signal.Jurisdiction.ToCode(), SignalPrefix + signal.CaseReference)
            {
                ["SignalId"] = signal.SignalId,
                ["Destination"] = signal.Destination.ToString(),
                ["DecidedAt"] = signal.DecidedAt,
                ["Resends"] = 0,
                ["Body"] = body,
            }),
            new(TableTransactionActionType.UpsertReplace, OutboxEntity(signal, body, 0, now)),
        ];
    }

    /// <summary>The signal last made from a case, with its ETag and re-send count; null when none.</summary>
    public async Task<StoredSignal?> GetAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        var response = await tables.Worklist.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), SignalPrefix + caseId, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value!.GetString("Body") is not { } body)
        {
            return null;
        }

        var signal = JsonSerializer.Deserialize<ThemeSignal>(body, ScreeningJson.Options)!;
        return new StoredSignal(signal, response.Value.GetInt32("Resends") ?? 0, response.Value.ETag);
    }

    /// <summary>
    /// Counts a re-send on the signal row (ETag: two supervisors re-sending at once get different
    /// numbers) and queues it; returns the re-send number, or null when the row changed meanwhile.
    /// </summary>
    public async Task<int?> QueueResendAsync(StoredSignal stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var resend = stored.Resends + 1;
        var partition = stored.Signal.Jurisdiction.ToCode();
        try
        {
            await tables.Worklist.SubmitTransactionAsync(
                [
                    new(TableTransactionActionType.UpdateMerge, new TableEntity(partition, SignalPrefix + stored.Signal.CaseReference) { ["Resends"] = resend }, stored.ETag),
                    new(TableTransactionActionType.UpsertReplace, OutboxEntity(stored.Signal, Body(stored.Signal), resend, now)),
                ],
                cancellationToken);
            return resend;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }
    }

    /// <summary>Outbox rows of a jurisdiction due now.</summary>
    public async Task<IReadOnlyList<TableEntity>> PendingAsync(Jurisdiction jurisdiction, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var code = jurisdiction.ToCode();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey ge {OutboxPrefix} and RowKey lt {"~outbox}"} and NextAttemptAt le {now}");
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
        {
            rows.Add(row);
            if (rows.Count >= max)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>One outbox row; null when it is gone (sent already).</summary>
    public async Task<TableEntity?> GetOutboxAsync(Jurisdiction jurisdiction, string rowKey, CancellationToken cancellationToken)
    {
        var response = await tables.Worklist.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Takes an outbox row for one sender by pushing its next attempt out (ETag: of two relays
    /// reading the same row, exactly one wins); false when another relay took or finished it.
    /// </summary>
    public async Task<bool> TryLeaseAsync(TableEntity row, DateTimeOffset until, CancellationToken cancellationToken)
    {
        try
        {
            var response = await tables.Worklist.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["NextAttemptAt"] = until }, row.ETag, TableUpdateMode.Merge, cancellationToken);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Records a failed attempt.</summary>
    public async Task MarkFailedAsync(TableEntity row, DateTimeOffset next, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Worklist.UpdateEntityAsync(
                new TableEntity(row.PartitionKey, row.RowKey) { ["Attempts"] = (row.GetInt32("Attempts") ?? 0) + 1, ["NextAttemptAt"] = next },
                ETag.All,
                TableUpdateMode.Merge,
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Gone: nothing to record.
        }
    }

    /// <summary>Removes a sent row; already removed is fine.</summary>
    public async Task MarkSentAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Worklist.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Removed by someone else.
        }
    }

    private static TableEntity OutboxEntity(ThemeSignal signal, string body, int resend, DateTimeOffset now) =>
        new(signal.Jurisdiction.ToCode(), OutboxRowKey(signal.SignalId, resend))
        {
            ["SignalId"] = signal.SignalId,
            ["CaseId"] = signal.CaseReference,
            ["Resend"] = resend,
            ["Attempts"] = 0,
            ["NextAttemptAt"] = now,
            ["Body"] = body,
        };

    private static string Body(ThemeSignal signal)
    {
        var json = JsonSerializer.Serialize(signal, ScreeningJson.Options);
        return json.Length <= MaxBodyChars
            ? json
            : throw new InvalidOperationException($"The signal is {json.Length} characters; the limit is {MaxBodyChars}.");
    }
}

/// <summary>A stored signal with the state needed to re-send it.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Resends">How often a supervisor re-sent it.</param>
/// <param name="ETag">Row version.</param>
public sealed record StoredSignal(ThemeSignal Signal, int Resends, ETag ETag);
