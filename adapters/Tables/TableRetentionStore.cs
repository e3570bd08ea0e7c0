using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Retention;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// The retention job's reads and deletes on the screenings, sightings, worklist, audit and snoozes
/// tables (row layouts as in <see cref="TableAssessmentStore"/>, <see cref="TableWorklistStore"/>,
/// <see cref="TableSignalStore"/>, <see cref="TableAuditLog"/> and <see cref="TableSnoozeStore"/>). Deletes go in entity-group transactions of at most 100 rows of
/// one partition (Azure's limits).
/// </summary>
public sealed class TableRetentionStore(StorageTables tables) : IRetentionStore
{
    // Whose audit partitions there are: each jurisdiction's and the catalogue changes' ("system").
    private static readonly string[] AuditOwners = [.. JurisdictionCodes.All.Select(j => j.ToCode()), "system"];

    /// <inheritdoc />
    public async Task<int> DeleteNonHitAssessmentsAsync(DateTimeOffset screenedBefore, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            for (var shard = 0; shard < AssessmentId.Shards; shard++)
            {
                var partition = AssessmentId.PartitionKey(jurisdiction, shard);
                deleted += await DeleteAsync(
                    tables.Screenings,
                    TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"A|"} and RowKey lt {"A}"} and IsHit eq {false} and ScreenedAt lt {screenedBefore}"),
                    cancellationToken);
            }
        }

        return deleted;
    }

    // History rows are keyed by filing time, so what is due is the front of each shard's key range.
    private async Task<int> DeleteFiledAsync(string prefix, DateTimeOffset filedBefore, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var high = HistoryRows.Bound(prefix, filedBefore);
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            for (var shard = 0; shard < AssessmentId.Shards; shard++)
            {
                var partition = AssessmentId.PartitionKey(jurisdiction, shard);
                deleted += await DeleteAsync(tables.Screenings, TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {high}"), cancellationToken);
            }
        }

        return deleted;
    }

    /// <inheritdoc />
    public Task<int> DeleteRecentRecordsAsync(DateTimeOffset filedBefore, CancellationToken cancellationToken) =>
        DeleteFiledAsync(HistoryRows.RecentPrefix, filedBefore, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteHistoryAsync(DateTimeOffset filedBefore, CancellationToken cancellationToken) =>
        DeleteFiledAsync(HistoryRows.HistoryPrefix, filedBefore, cancellationToken);

    /// <inheritdoc />
    /// <remarks>A partition left without sightings loses its marker too; one with sightings left has it merged (<see cref="SightingMarkers"/>).</remarks>
    public async Task<int> DeleteSightingsAsync(DateTimeOffset seenBefore, CancellationToken cancellationToken)
    {
        var keys = await KeysAsync(tables.Sightings, TableClient.CreateQueryFilter($"EventAt lt {seenBefore}"), cancellationToken);
        var deleted = await DeleteKeysAsync(tables.Sightings, keys, cancellationToken);
        foreach (var partition in keys.Select(k => k.Partition).Distinct(StringComparer.Ordinal))
        {
            await SightingMarkers.AfterDeletionAsync(tables.Sightings, partition, cancellationToken);
        }

        return deleted;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ClosedCase> ClosedCasesAsync(DateTimeOffset receivedBefore, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            // Case rows only: index, signal and outbox rows all sort from the marker on.
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {jurisdiction.ToCode()} and RowKey lt {WorklistIndex.Marker} and ReceivedAt lt {receivedBefore} and (Status eq {nameof(CaseStatus.Decided)} or Status eq {nameof(CaseStatus.Missed)})");
            await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                yield return new ClosedCase(jurisdiction, row.RowKey);
            }
        }
    }

    /// <inheritdoc />
    public async Task<bool> DepersonaliseCaseAsync(string caseId, Func<ReviewCase, ReviewCase> clean, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(caseId, out var jurisdiction, out var shard))
        {
            return false;
        }

        var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(AssessmentId.PartitionKey(jurisdiction, shard), "C|" + caseId, cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value!.GetBoolean("Depersonalised") == true || row.Value.GetString("Body") is not { } body)
        {
            return false;
        }

        await tables.Screenings.UpdateEntityAsync(
            new TableEntity(row.Value.PartitionKey, row.Value.RowKey)
            {
                ["Body"] = TableBody.Write(clean(TableBody.Read<ReviewCase>(body))),
                ["Depersonalised"] = true,
            },
            row.Value.ETag,
            TableUpdateMode.Merge,
            cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task ClearMonitoringFactsAsync(string assessmentId, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(assessmentId, out var jurisdiction, out var shard))
        {
            return;
        }

        var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(AssessmentId.PartitionKey(jurisdiction, shard), "A|" + assessmentId, cancellationToken: cancellationToken);
        if (!row.HasValue || (!row.Value!.ContainsKey(MonitoringFacts.AuditGroupColumn) && !row.Value.ContainsKey(MonitoringFacts.FeaturesColumn)))
        {
            return;
        }

        // Removing a property needs a replace, not a merge.
        var entity = row.Value;
        entity.Remove(MonitoringFacts.AuditGroupColumn);
        entity.Remove(MonitoringFacts.FeaturesColumn);
        await tables.Screenings.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteSignalAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        // Every signal of the case (one per partner); none when it was not referred.
        await DeleteAsync(tables.Worklist, TableSignalStore.CaseSignalsFilter(jurisdiction, caseId), cancellationToken);

        var code = jurisdiction.ToCode();
        return await DeleteAsync(
            tables.Worklist,
            TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey ge {TableSignalStore.OutboxPrefix} and RowKey lt {TableSignalStore.OutboxEnd} and CaseId eq {caseId}"),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UndeliveredSignal>> UndeliveredSignalsAsync(DateTimeOffset queuedBefore, CancellationToken cancellationToken)
    {
        var found = new List<UndeliveredSignal>();
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            // The outbox is small (sends leave it on delivery), so its rows are read whole and filtered
            // here: rows queued before QueuedAt was written fall back to their last change.
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()} and RowKey ge {TableSignalStore.OutboxPrefix} and RowKey lt {TableSignalStore.OutboxEnd}");
            await foreach (var row in tables.Worklist.QueryAsync<TableEntity>(filter, select: ["RowKey", "SignalId", "CaseId", "Resend", "Attempts", "QueuedAt", "Timestamp"], cancellationToken: cancellationToken))
            {
                var queuedAt = row.GetDateTimeOffset("QueuedAt") ?? row.Timestamp ?? DateTimeOffset.MinValue;
                if (queuedAt < queuedBefore)
                {
                    found.Add(new UndeliveredSignal(jurisdiction, row.GetString("SignalId") ?? "", row.GetString("CaseId") ?? "", row.GetInt32("Resend") ?? 0, row.GetInt32("Attempts") ?? 0, queuedAt));
                }
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<int> DeleteAuditEntriesAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var owner in AuditOwners)
        {
            // Partitions are "{owner}|{yyyyMM}": a range over the owner's months up to the cutoff's.
            var last = TableAuditLog.Partition(owner, writtenBefore);
            deleted += await DeleteAsync(
                tables.Audit,
                TableClient.CreateQueryFilter($"PartitionKey ge {owner + "|"} and PartitionKey le {last} and At lt {writtenBefore}"),
                cancellationToken);
        }

        return deleted;
    }

    /// <inheritdoc />
    public async Task<int> RemoveAuditReasonsAsync(DateTimeOffset writtenBefore, CancellationToken cancellationToken)
    {
        var removed = 0;
        // Only the jurisdictions' entries: reasons there are about cases and may name the person;
        // catalogue changes (owner "system") keep their reasons for the entry's lifetime.
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var owner = jurisdiction.ToCode();
            var last = TableAuditLog.Partition(owner, writtenBefore);
            var filter = TableClient.CreateQueryFilter($"PartitionKey ge {owner + "|"} and PartitionKey le {last} and At lt {writtenBefore} and HasReason eq {true}");
            await foreach (var row in tables.Audit.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                // Removing a property needs a replace; the ETag keeps a concurrent change safe (the next run retries).
                row.Remove(TableAuditLog.ReasonColumn);
                row[TableAuditLog.HasReasonColumn] = false;
                row[TableAuditLog.ReasonRemovedColumn] = true;
                try
                {
                    await tables.Audit.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                    removed++;
                }
                catch (RequestFailedException ex) when (ex.Status is 412 or 404)
                {
                    // Changed or gone meanwhile.
                }
            }
        }

        return removed;
    }

    /// <inheritdoc />
    public Task<int> DeleteEndedSnoozesAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) =>
        DeleteAsync(tables.Snoozes, TableClient.CreateQueryFilter($"ExpiresAt lt {endedBefore}"), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// The flight date is the last part of the partition key ("CW|KL765|20261201"), not its start, so
    /// this reads the keys of the table; it holds only the flights of the last weeks.
    /// </remarks>
    public async Task<int> DeleteBookingsAsync(DateOnly flownBefore, CancellationToken cancellationToken)
    {
        var cutoff = flownBefore.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var keys = new List<(string Partition, string Row)>();
        await foreach (var row in tables.Bookings.QueryAsync<TableEntity>(filter: (string?)null, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            var date = row.PartitionKey[(row.PartitionKey.LastIndexOf('|') + 1)..];
            if (date.Length == 8 && string.CompareOrdinal(date, cutoff) < 0)
            {
                keys.Add((row.PartitionKey, row.RowKey));
            }
        }

        return await DeleteKeysAsync(tables.Bookings, keys, cancellationToken);
    }

    private static async Task<int> DeleteAsync(TableClient table, string filter, CancellationToken cancellationToken) =>
        await DeleteKeysAsync(table, await KeysAsync(table, filter, cancellationToken), cancellationToken);

    private static async Task<List<(string Partition, string Row)>> KeysAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var keys = new List<(string Partition, string Row)>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add((row.PartitionKey, row.RowKey));
        }

        return keys;
    }

    private static async Task<int> DeleteKeysAsync(TableClient table, List<(string Partition, string Row)> keys, CancellationToken cancellationToken)
    {
        var deleted = 0;

        foreach (var group in keys.GroupBy(k => k.Partition))
        {
            foreach (var chunk in group.Chunk(100))
            {
                try
                {
                    await table.SubmitTransactionAsync(chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(k.Partition, k.Row), ETag.All)), cancellationToken);
                    deleted += chunk.Length;
                }
                catch (TableTransactionFailedException)
                {
                    // Something in the chunk changed or went meanwhile; the next run picks up the rest.
                }
            }
        }

        return deleted;
    }
}
