using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// The size of a jurisdiction's working set (open, claimed and escalated cases), kept in a few count
/// rows of the jurisdiction's worklist partition, one of which is changed in the same entity-group
/// transaction as the index rows whose coming and going it counts.
/// <para>
/// Why: Tables has no count, so the unfiltered worklist's total was a read of every deadline-index
/// row — ten pages at 10,000 open cases, and on Azurite ten scans of the whole table — on every
/// page a reviewer opened. Reading a few rows by key instead makes the page cost one range query.
/// </para>
/// <para>
/// Exact, not cached: every transaction that adds a case to the index or takes one out carries an
/// update of one count row conditional on the ETag it read, so a concurrent change of that row fails
/// the transaction as a whole and it is tried again, on a row picked afresh. The count is split over
/// <see cref="Shards"/> rows, each writer picking one at random, so writers filing and deciding in one
/// jurisdiction at once rarely meet on the same row; a transaction that only moves a case within the
/// index (a claim, an escalation) touches none. The rows are created together, in one transaction, by
/// counting the index once; until they exist no membership change can commit (each needs a row's
/// ETag), so nothing slips between the count and the rows.
/// </para>
/// </summary>
internal sealed class WorkingSetCounter(TableClient worklist, WorklistIndexCounter indexCounter)
{
    /// <summary>Rows the count is split over.</summary>
    public const int Shards = 8;

    private const string RowKeyPrefix = WorklistIndex.Marker + "meta|working-set|";

    private const string CountColumn = "Count";

    // A conflict means another membership change committed on the same row in between; each retry
    // picks a row afresh and backs off a little more.
    private const int MaxAttempts = 30;

    /// <summary>Row key of one count row (they sort with the other non-case rows, outside every index range).</summary>
    public static string RowKey(int shard) => RowKeyPrefix + shard.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The working set's size as stored now, creating the count rows from the index if they are missing.</summary>
    public async Task<int> CountAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        while (true)
        {
            var rows = await Task.WhenAll(Enumerable.Range(0, Shards).Select(shard => ReadAsync(jurisdiction, shard, cancellationToken)));
            if (rows.All(r => r is not null))
            {
                return rows.Sum(r => r!.Value.Count);
            }

            var present = rows.Select((r, shard) => (Row: r, Shard: shard)).Where(r => r.Row is not null).ToList();
            if (present.Count > 0)
            {
                // Some rows but not all (removed by hand): their sum means nothing. Remove the rest too,
                // so that no membership change commits, and count afresh.
                await DeleteAsync(jurisdiction, present.Select(p => (p.Shard, p.Row!.Value.ETag)), cancellationToken);
            }

            await CreateAsync(jurisdiction, cancellationToken);
        }
    }

    /// <summary>
    /// Submits <paramref name="actions"/> (all in the jurisdiction's partition) with the count moved by
    /// <paramref name="delta"/> in the same transaction; with a delta of 0 they are submitted as they are.
    /// A failure of one of the caller's actions is thrown as Tables reports it; a conflict on the count
    /// alone is retried.
    /// </summary>
    public async Task SubmitAsync(Jurisdiction jurisdiction, IReadOnlyList<TableTransactionAction> actions, int delta, CancellationToken cancellationToken)
    {
        if (delta == 0)
        {
            await worklist.SubmitTransactionAsync(actions, cancellationToken);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var shard = Random.Shared.Next(Shards);
            if (await ReadAsync(jurisdiction, shard, cancellationToken) is not { } current)
            {
                await CreateAsync(jurisdiction, cancellationToken);
                continue;
            }

            var counted = new List<TableTransactionAction>(actions.Count + 1);
            counted.AddRange(actions);
            // A shard may go below zero (cases filed on one, decided on another); only the sum means anything.
            counted.Add(new TableTransactionAction(
                TableTransactionActionType.UpdateReplace,
                new TableEntity(jurisdiction.ToCode(), RowKey(shard)) { [CountColumn] = current.Count + delta },
                current.ETag));
            try
            {
                await worklist.SubmitTransactionAsync(counted, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex == actions.Count && ex.Status is 412 or 404 && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, Math.Min(100, 2 << Math.Min(attempt, 6)))), cancellationToken);
            }
        }
    }

    private async Task<(int Count, ETag ETag)?> ReadAsync(Jurisdiction jurisdiction, int shard, CancellationToken cancellationToken)
    {
        var row = await worklist.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), RowKey(shard), select: [CountColumn], cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.GetInt32(CountColumn) ?? 0, row.Value.ETag) : null;
    }

    private async Task DeleteAsync(Jurisdiction jurisdiction, IEnumerable<(int Shard, ETag ETag)> rows, CancellationToken cancellationToken)
    {
        try
        {
            await worklist.SubmitTransactionAsync(
                rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(jurisdiction.ToCode(), RowKey(r.Shard)), r.ETag)),
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
        {
            // Changed or removed meanwhile: the caller reads them again.
        }
    }

    private async Task CreateAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        // No membership change commits while the rows are missing, so this count stays true until they exist.
        var counted = await indexCounter.CountAsync(jurisdiction, null, null, _ => true, cancellationToken);
        var code = jurisdiction.ToCode();
        try
        {
            await worklist.SubmitTransactionAsync(
                Enumerable.Range(0, Shards).Select(shard => new TableTransactionAction(
                    TableTransactionActionType.Add,
                    new TableEntity(code, RowKey(shard)) { [CountColumn] = shard == 0 ? counted : 0 })),
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            // Another instance created them first.
        }
    }
}
