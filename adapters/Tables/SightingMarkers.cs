using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// One marker row in each entity's sightings partition, written in the same transaction as the
/// partition's sightings, so that the first record to name an entity learns from its own write that
/// nothing else names it — and needs no count read.
/// <para>
/// Why: most entities (a traveller's phone, e-mail, home address) are named by one record only, yet
/// each cost a count query after its sighting was added. A batch now adds a partition's sightings
/// together with its marker (<c>Add</c>); if that succeeds the partition was empty and the batch's
/// own records are all there is to count. If the marker exists, the sightings are added with the
/// marker merged (which keeps its last-written time current) and the partition is read as before.
/// This process remembers partitions it found marked, so a shared entity (a sponsor, an employer)
/// costs no failed attempt after its first.
/// </para>
/// <para>
/// Markers hold no time and no personal data. The retention job removes a marker once its partition
/// has no sightings left, conditional on the ETag it read before it looked, so a sighting written
/// meanwhile (which merges the marker) keeps it.
/// </para>
/// <para>
/// Partitions written before markers existed have none: until a sweep has marked every partition
/// (<see cref="EnsureSweptAsync"/>, once per deployment, recorded in a meta row) a created marker is
/// not trusted and every partition is read. One instance sweeps at a time, holding a lease row it
/// renews as it goes; the others look again every half minute, and take over a lease that lapsed.
/// </para>
/// </summary>
internal sealed class SightingMarkers(TableClient sightings, TimeProvider time)
{
    /// <summary>Row key of a partition's marker; record ids never start with "~".</summary>
    public const string MarkerRowKey = "~entity";

    /// <summary>Partition of the meta rows (no entity partition starts with "~").</summary>
    public const string MetaPartition = "~meta";

    private const string SweptRowKey = "markers-v1";

    // One instance sweeps at a time: it holds this row's lease, renewed as it goes.
    private const string LeaseRowKey = "markers-sweep";

    private const string UntilColumn = "Until";

    private const int PartitionsBetweenRenewals = 500;

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    // How often an instance that found the sweep in other hands looks again.
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    // Enough for a deployment's shared entities; past it the memory is dropped and rebuilt.
    private const int RememberedPartitions = 100_000;

    // The first batch of a process waits this long for the sweep; after that it proceeds untrusted.
    private static readonly TimeSpan SweepWait = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, byte> _marked = new(StringComparer.Ordinal);
    private readonly Lock _sweepLock = new();
    private Task? _sweep;
    private DateTimeOffset _nextAttempt = DateTimeOffset.MinValue;
    private volatile bool _swept;

    /// <summary>Whether this process has found the partition marked before (a hint: acting on it is always correct).</summary>
    public bool KnownMarked(string partition) => _marked.ContainsKey(partition);

    /// <summary>Remembers that a partition has its marker.</summary>
    public void RememberMarked(string partition)
    {
        if (_marked.Count >= RememberedPartitions)
        {
            _marked.Clear();
        }

        _marked.TryAdd(partition, 0);
    }

    /// <summary>The marker as the first row of a new partition's transaction: fails with 409 when the partition has one.</summary>
    public static TableTransactionAction Create(string partition) =>
        new(TableTransactionActionType.Add, new TableEntity(partition, MarkerRowKey));

    /// <summary>The marker merged beside a marked partition's new sightings: it exists after, and its last write is now.</summary>
    public static TableTransactionAction Touch(string partition) =>
        new(TableTransactionActionType.UpsertMerge, new TableEntity(partition, MarkerRowKey));

    /// <summary>The marker merged only if its ETag is still <paramref name="etag"/>: fails with 412 (or 404) when anyone wrote there since.</summary>
    public static TableTransactionAction TouchIfUnchanged(string partition, ETag etag) =>
        new(TableTransactionActionType.UpdateMerge, new TableEntity(partition, MarkerRowKey), etag);

    /// <summary>
    /// Whether created markers can be trusted: every partition written before markers has one. The first
    /// call of a process starts the sweep (a no-op once recorded) and waits a little for it.
    /// </summary>
    public async Task<bool> EnsureSweptAsync(CancellationToken cancellationToken)
    {
        if (_swept)
        {
            return true;
        }

        Task sweep;
        lock (_sweepLock)
        {
            // A failed sweep is started again by the next batch; one that found another instance
            // sweeping looks again a little later (to find the sweep recorded, or its lease lapsed).
            var now = time.GetUtcNow();
            if (_sweep is null || _sweep.IsFaulted || _sweep.IsCanceled || (_sweep.IsCompleted && now >= _nextAttempt))
            {
                _nextAttempt = now + RetryAfter;
                _sweep = SweepAsync(CancellationToken.None);
            }

            sweep = _sweep;
        }

        try
        {
            await sweep.WaitAsync(SweepWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (RequestFailedException)
        {
            // The sweep failed (it is started again by the next batch): untrusted until then.
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The sweep's own request timed out, not this batch: the same.
            return false;
        }

        return _swept;
    }

    /// <summary>
    /// After sightings were deleted from a partition: removes its marker if the partition holds no
    /// sightings, else merges it (so no instance takes its remembered rows, which held the deleted
    /// ones, for current). The marker's ETag is read before the partition is looked at, so a sighting
    /// written in between (which merges the marker) keeps it.
    /// </summary>
    public static async Task AfterDeletionAsync(TableClient sightings, string partition, CancellationToken cancellationToken)
    {
        var marker = await sightings.GetEntityIfExistsAsync<TableEntity>(partition, MarkerRowKey, select: ["RowKey"], cancellationToken: cancellationToken);
        if (!marker.HasValue)
        {
            return;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ne {MarkerRowKey}");
        await foreach (var _ in sightings.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            await sightings.UpsertEntityAsync(new TableEntity(partition, MarkerRowKey), TableUpdateMode.Merge, cancellationToken);
            return;
        }

        try
        {
            await sightings.DeleteEntityAsync(partition, MarkerRowKey, marker.Value!.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Written to or removed meanwhile.
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var done = await sightings.GetEntityIfExistsAsync<TableEntity>(MetaPartition, SweptRowKey, select: ["RowKey"], cancellationToken: cancellationToken);
        if (done.HasValue)
        {
            _swept = true;
            return;
        }

        // A large table takes a while: one instance at a time, the others read every partition meanwhile.
        if (await TakeLeaseAsync(cancellationToken) is not { } lease)
        {
            return;
        }

        // Rows come back in partition order, so each partition is marked once.
        string? last = null;
        var marked = 0;
        await foreach (var row in sightings.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ne {MetaPartition}"), select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            if (row.PartitionKey == last)
            {
                continue;
            }

            last = row.PartitionKey;
            await sightings.UpsertEntityAsync(new TableEntity(row.PartitionKey, MarkerRowKey), TableUpdateMode.Merge, cancellationToken);
            if (++marked % PartitionsBetweenRenewals == 0)
            {
                if (await RenewLeaseAsync(lease, cancellationToken) is not { } renewed)
                {
                    // Too slow: another instance has taken over (and marks what is left).
                    return;
                }

                lease = renewed;
            }
        }

        await sightings.UpsertEntityAsync(new TableEntity(MetaPartition, SweptRowKey), TableUpdateMode.Merge, cancellationToken);
        _swept = true;
    }

    // The sweep's lease: the row added, or taken over once lapsed; null while another instance holds it.
    private async Task<ETag?> TakeLeaseAsync(CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + Lease;
        try
        {
            var added = await sightings.AddEntityAsync(new TableEntity(MetaPartition, LeaseRowKey) { [UntilColumn] = until }, cancellationToken);
            return added.Headers.ETag ?? (await sightings.GetEntityAsync<TableEntity>(MetaPartition, LeaseRowKey, cancellationToken: cancellationToken)).Value.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var held = await sightings.GetEntityIfExistsAsync<TableEntity>(MetaPartition, LeaseRowKey, cancellationToken: cancellationToken);
            if (held.HasValue && held.Value!.GetDateTimeOffset(UntilColumn) is { } heldUntil && heldUntil > time.GetUtcNow())
            {
                return null;
            }

            return held.HasValue ? await RenewLeaseAsync(held.Value!.ETag, cancellationToken) : null;
        }
    }

    // The lease extended if it is still this instance's (its ETag unchanged); null if another has it.
    private async Task<ETag?> RenewLeaseAsync(ETag lease, CancellationToken cancellationToken)
    {
        try
        {
            var renewed = await sightings.UpdateEntityAsync(
                new TableEntity(MetaPartition, LeaseRowKey) { [UntilColumn] = time.GetUtcNow() + Lease }, lease, TableUpdateMode.Replace, cancellationToken);
            return renewed.Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }
}
