using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.History;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// Assessments, review cases and outbox entries in one table so they can be written in one
/// entity-group transaction.
/// <para>
/// Keys: PartitionKey = "{jurisdiction}|{shard}" (shard from the id, 8 per jurisdiction, to spread
/// write load); RowKey = "A|{id}" assessment, "C|{id}" case, "O|{id}" outbox entry,
/// "D|{deadline UTC ticks, 19 digits}|{case id}" deadline check, and the record's history rows
/// "H|…" and "R|…" (<see cref="HistoryRows"/>). A transaction holds at most seven rows of one
/// partition (a correction: version, head, case, outbox entry, deadline check, two history rows) —
/// well inside Azure's 100 actions and one partition. The JSON body of each row is bounded by
/// <see cref="TableBody"/>.
/// </para>
/// <para>
/// Deadline checks are an index by deadline: written with the hit, deleted by the deadline guard once
/// it has settled the hit's fate, so the rows of a shard up to a time are exactly the checks due and a
/// guard run reads those (a range query per shard) and never the history. They hold ids and a time,
/// no personal data.
/// </para>
/// </summary>
public sealed class TableAssessmentStore(StorageTables tables) : IAssessmentStore
{
    private const string AssessmentPrefix = "A|";
    private const string CasePrefix = "C|";
    private const string OutboxPrefix = "O|";
    private const string DuePrefix = "D|";

    // On every assessment row: the hash of the record's content (tells a repeat from a correction).
    private const string ContentHashColumn = "ContentHash";

    // On a record's first row once corrected: the newest version's id and number.
    private const string HeadIdColumn = "HeadId";
    private const string HeadVersionColumn = "HeadVersion";

    // On a later version's row: the record's first id.
    private const string FirstIdColumn = "FirstId";

    /// <inheritdoc />
    public async Task<SaveOutcome> SaveAsync(Assessment assessment, ReviewCase? reviewCase, HitRouting? hit, DateTimeOffset now, MonitoringFacts? monitoring, string contentHash, RecordFiling? filing, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(assessment.Id, out var jurisdiction, out var shard))
        {
            throw new ArgumentException("Malformed assessment id.", nameof(assessment));
        }

        var partition = AssessmentId.PartitionKey(jurisdiction, shard);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, AssessmentRow(partition, assessment, monitoring, contentHash)) };
        if (reviewCase is not null && hit is not null)
        {
            actions.Add(new(TableTransactionActionType.Add, CaseRow(partition, reviewCase)));
            actions.Add(new(TableTransactionActionType.Add, OutboxRow(partition, hit, now)));
            actions.Add(new(TableTransactionActionType.Add, DueRow(partition, hit)));
        }

        AddFiling(actions, partition, filing);
        try
        {
            await tables.Screenings.SubmitTransactionAsync(actions, cancellationToken);
            return new SaveOutcome(true, assessment);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(partition, AssessmentPrefix + assessment.Id, cancellationToken: cancellationToken);
            if (!row.HasValue || row.Value!.GetString("Body") is not { } body)
            {
                throw new InvalidOperationException("Conflict on save but no stored assessment found.", ex);
            }

            return new SaveOutcome(false, TableBody.Read<Assessment>(body), row.Value.GetString(ContentHashColumn));
        }
    }

    /// <inheritdoc />
    public Task<Assessment?> GetAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync<Assessment>(id, AssessmentPrefix, cancellationToken);

    /// <inheritdoc />
    public Task<ReviewCase?> GetCaseAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync<ReviewCase>(id, CasePrefix, cancellationToken);

    /// <inheritdoc />
    public async Task<RecordHead?> GetHeadAsync(string firstId, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(firstId, out var jurisdiction, out var shard))
        {
            return null;
        }

        var partition = AssessmentId.PartitionKey(jurisdiction, shard);
        var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(partition, AssessmentPrefix + firstId, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value!.GetString("Body") is not { } body)
        {
            return null;
        }

        var first = TableBody.Read<Assessment>(body);
        var latest = row.Value.GetString(HeadIdColumn) is { } headId && headId != firstId
            ? await GetAsync(headId, cancellationToken) ?? first
            : first;
        return new RecordHead(first, latest, row.Value.GetString(ContentHashColumn), row.Value.ETag.ToString());
    }

    /// <inheritdoc />
    public async Task<AmendOutcome> SaveAmendmentAsync(Assessment amendment, RecordHead head, ReviewCase? reviewCase, HitRouting? hit, DateTimeOffset now, MonitoringFacts? monitoring, string contentHash, RecordFiling? filing, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(head.First.Id, out var jurisdiction, out var shard))
        {
            throw new ArgumentException("Malformed assessment id.", nameof(head));
        }

        var partition = AssessmentId.PartitionKey(jurisdiction, shard);
        var version = AssessmentRow(partition, amendment, monitoring, contentHash);
        version[FirstIdColumn] = head.First.Id;
        var actions = new List<TableTransactionAction>
        {
            // The version row first: when it exists already, this content was stored before (409).
            new(TableTransactionActionType.Add, version),
            // The head pointer, conditional on the head read: a concurrent correction fails this (412).
            new(TableTransactionActionType.UpdateMerge, new TableEntity(partition, AssessmentPrefix + head.First.Id)
            {
                [HeadIdColumn] = amendment.Id,
                [HeadVersionColumn] = amendment.Version,
            }, new ETag(head.Version)),
        };
        if (reviewCase is not null && hit is not null)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, CaseRow(partition, reviewCase)));
            actions.Add(new(TableTransactionActionType.UpsertReplace, OutboxRow(partition, hit, now)));
            // A check for the corrected deadline; one for an earlier deadline stays and is cleared
            // by the guard when it finds the case's deadline has moved.
            actions.Add(new(TableTransactionActionType.UpsertReplace, DueRow(partition, hit)));
        }

        AddFiling(actions, partition, filing);
        try
        {
            await tables.Screenings.SubmitTransactionAsync(actions, cancellationToken);
            return AmendOutcome.Stored;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return AmendOutcome.Duplicate;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 404)
        {
            return AmendOutcome.HeadMoved;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxEntry>> PendingOutboxAsync(Jurisdiction jurisdiction, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        for (var shard = 0; shard < AssessmentId.Shards && entries.Count < max; shard++)
        {
            var partition = AssessmentId.PartitionKey(jurisdiction, shard);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {OutboxPrefix} and RowKey lt {"O}"} and NextAttemptAt le {now}");
            await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
            {
                var message = TableBody.Read<HitRouting>(row.GetString("Body"));
                entries.Add(new OutboxEntry(message, row.GetInt32("Attempts") ?? 0, row.GetDateTimeOffset("NextAttemptAt") ?? now, row.ETag.ToString()));
                if (entries.Count >= max)
                {
                    break;
                }
            }
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var (partition, row) = OutboxKeys(entry);
            await tables.Screenings.DeleteEntityAsync(partition, row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Sent and marked by someone else.
        }
    }

    /// <inheritdoc />
    public async Task MarkFailedAsync(OutboxEntry entry, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        var (partition, row) = OutboxKeys(entry);
        try
        {
            await tables.Screenings.UpdateEntityAsync(
                new TableEntity(partition, row) { ["Attempts"] = entry.Attempts + 1, ["NextAttemptAt"] = nextAttemptAt },
                entry.Version is { } version ? new ETag(version) : ETag.All,
                TableUpdateMode.Merge,
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another relay handled it meanwhile.
        }
    }

    /// <inheritdoc />
    public async Task<OutboxEntry?> GetOutboxAsync(string caseId, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(caseId, out var jurisdiction, out var shard))
        {
            return null;
        }

        var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(AssessmentId.PartitionKey(jurisdiction, shard), OutboxPrefix + caseId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString("Body") is { } body
            ? new OutboxEntry(TableBody.Read<HitRouting>(body), row.Value.GetInt32("Attempts") ?? 0, row.Value.GetDateTimeOffset("NextAttemptAt") ?? default, row.Value.ETag.ToString())
            : null;
    }

    /// <inheritdoc />
    public Task WithdrawOutboxAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
        // Same delete as a sent entry: either way the relay must not publish it (again).
        MarkSentAsync(entry, cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// One range query per shard (<c>RowKey</c> from "D|" to the key of <paramref name="upTo"/>), each
    /// stopping after <paramref name="max"/> rows; the earliest <paramref name="max"/> of all shards are returned.
    /// </remarks>
    public async Task<IReadOnlyList<DueHit>> DueHitsAsync(Jurisdiction jurisdiction, DateTimeOffset upTo, int max, CancellationToken cancellationToken)
    {
        var due = new List<DueHit>();
        var end = DueKeyPrefix(upTo.UtcTicks + 1);
        for (var shard = 0; shard < AssessmentId.Shards; shard++)
        {
            var partition = AssessmentId.PartitionKey(jurisdiction, shard);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {DuePrefix} and RowKey lt {end}");
            var taken = 0;
            await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, maxPerPage: Math.Clamp(max, 1, 1000), select: ["CaseId", "Deadline"], cancellationToken: cancellationToken))
            {
                if (row.GetString("CaseId") is { } caseId && row.GetDateTimeOffset("Deadline") is { } deadline)
                {
                    due.Add(new DueHit(caseId, jurisdiction, deadline));
                }

                if (++taken >= max)
                {
                    break;
                }
            }
        }

        return [.. due.OrderBy(d => d.Deadline).ThenBy(d => d.CaseId, StringComparer.Ordinal).Take(max)];
    }

    /// <inheritdoc />
    public async Task ClearDueAsync(DueHit hit, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(hit.CaseId, out var jurisdiction, out var shard))
        {
            throw new ArgumentException("Malformed case id.", nameof(hit));
        }

        try
        {
            await tables.Screenings.DeleteEntityAsync(AssessmentId.PartitionKey(jurisdiction, shard), DueKey(hit.Deadline, hit.CaseId), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Cleared by another run.
        }
    }

    // The history rows go in the same transaction: a record is in the history exactly when it is assessed.
    private static void AddFiling(List<TableTransactionAction> actions, string partition, RecordFiling? filing)
    {
        if (filing is not null)
        {
            actions.AddRange(HistoryRows.For(partition, filing).Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)));
        }
    }

    private static TableEntity AssessmentRow(string partition, Assessment assessment, MonitoringFacts? monitoring, string contentHash) =>
        new(partition, AssessmentPrefix + assessment.Id)
        {
            ["Body"] = TableBody.Write(assessment),
            ["Jurisdiction"] = assessment.Jurisdiction.ToCode(),
            ["IsHit"] = assessment.Risk.IsHit,
            ["Score"] = assessment.Risk.Score,
            ["Forced"] = assessment.Risk.ForcedReview,
            ["ScreenedAt"] = assessment.ScreenedAt,
            [ContentHashColumn] = contentHash,
            // Audit group and features sit beside the body, never in it: scoring and the API never read them.
            [MonitoringFacts.AuditGroupColumn] = monitoring?.Group.Encode(),
            [MonitoringFacts.FeaturesColumn] = MonitoringFacts.EncodeFeatures(monitoring?.Features),
            [MonitoringFacts.FeatureSchemaColumn] = monitoring?.Features is null ? null : monitoring.FeatureSchema,
        };

    private static TableEntity CaseRow(string partition, ReviewCase reviewCase) =>
        new(partition, CasePrefix + reviewCase.CaseId)
        {
            ["Body"] = TableBody.Write(reviewCase),
            ["Jurisdiction"] = reviewCase.Jurisdiction.ToCode(),
            ["CreatedAt"] = reviewCase.CreatedAt,
        };

    private static TableEntity OutboxRow(string partition, HitRouting hit, DateTimeOffset now) =>
        new(partition, OutboxPrefix + hit.CaseId)
        {
            ["Body"] = TableBody.Write(hit),
            ["Attempts"] = 0,
            ["NextAttemptAt"] = now,
        };

    private static TableEntity DueRow(string partition, HitRouting hit) =>
        new(partition, DueKey(hit.Deadline, hit.CaseId))
        {
            ["CaseId"] = hit.CaseId,
            ["Deadline"] = hit.Deadline,
        };

    // Fixed-width ticks, so text order is time order.
    private static string DueKey(DateTimeOffset deadline, string caseId) => $"{DueKeyPrefix(deadline.UtcTicks)}|{caseId}";

    private static string DueKeyPrefix(long ticks) => string.Create(CultureInfo.InvariantCulture, $"{DuePrefix}{ticks:D19}");

    private static (string Partition, string Row) OutboxKeys(OutboxEntry entry) =>
        AssessmentId.TryParse(entry.Message.CaseId, out var jurisdiction, out var shard)
            ? (AssessmentId.PartitionKey(jurisdiction, shard), OutboxPrefix + entry.Message.CaseId)
            : throw new ArgumentException("Malformed case id.", nameof(entry));

    /// <inheritdoc />
    public async Task<StoredFeatures?> GetStoredFeaturesAsync(string id, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(id, out var jurisdiction, out var shard))
        {
            return null;
        }

        var response = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(
            AssessmentId.PartitionKey(jurisdiction, shard), AssessmentPrefix + id,
            select: [MonitoringFacts.FeaturesColumn, MonitoringFacts.FeatureSchemaColumn], cancellationToken: cancellationToken);
        return response.HasValue && MonitoringFacts.DecodeFeatures(response.Value!.GetString(MonitoringFacts.FeaturesColumn)) is { } features
            ? new StoredFeatures(features, response.Value.GetString(MonitoringFacts.FeatureSchemaColumn))
            : null;
    }

    private async Task<T?> ReadAsync<T>(string id, string prefix, CancellationToken cancellationToken)
        where T : class
    {
        if (!AssessmentId.TryParse(id, out var jurisdiction, out var shard))
        {
            return null;
        }

        var response = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(
            AssessmentId.PartitionKey(jurisdiction, shard), prefix + id, cancellationToken: cancellationToken);
        return response.HasValue && response.Value!.GetString("Body") is { } body
            ? TableBody.Read<T>(body)
            : null;
    }
}
