using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// The worklists in Azure Tables.
/// <para>
/// Keys: PartitionKey = jurisdiction code ("CW"). Case rows: RowKey = case id. One partition per
/// jurisdiction keeps each jurisdiction's cases apart; review state changes use the case row's ETag
/// (a claim has exactly one winner). Index rows (see <see cref="WorklistIndex"/>): for each case of
/// the working set one row per sort order, RowKey "~{d|p|s}|{sort key}|{case id}", holding a copy of
/// the case's worklist fields, so a page is a range query with a small take. Index rows are written
/// in the same entity-group transaction as their case row (same partition), so they cannot drift;
/// the case row records what they were written with ("IndexedAs") so a later change deletes the
/// right ones. Unreadable queue messages are kept in partition "{jurisdiction}|poison" keyed by a
/// hash of their body.
/// </para>
/// </summary>
public sealed class TableWorklistStore(StorageTables tables) : IWorklistStore
{
    // Written once a partition's cases from before the indexes have index rows (lazy migration).
    private const string MigratedMarker = WorklistIndex.Marker + "meta|indexes-v1";

    // Azure's limit is 100 actions per transaction; a case with its three index rows takes four, and
    // the working-set count takes one.
    private const int CasesPerTransaction = 24;

    // One migration per jurisdiction and process; concurrent first readers await the same one.
    private readonly ConcurrentDictionary<Jurisdiction, Task> _migrations = new();

    private readonly WorklistIndexCounter _counter = new(tables.Worklist);

    private readonly WorkingSetCounter _workingSet = new(tables.Worklist, new WorklistIndexCounter(tables.Worklist));

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(WorklistItem item, CancellationToken cancellationToken)
    {
        try
        {
            await _workingSet.SubmitAsync(item.Jurisdiction, AddActions(item), AddedToWorkingSet([item]), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc />
    /// <remarks>25 cases to a transaction; a transaction fails as a whole when one of its cases exists already.</remarks>
    public async Task AddManyAsync(IReadOnlyList<WorklistItem> items, CancellationToken cancellationToken)
    {
        foreach (var partition in items.GroupBy(i => i.Jurisdiction))
        {
            foreach (var chunk in partition.Chunk(CasesPerTransaction))
            {
                await _workingSet.SubmitAsync(partition.Key, chunk.SelectMany(AddActions).ToList(), AddedToWorkingSet(chunk), cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public async Task RecordPoisonAsync(Jurisdiction jurisdiction, string bodyHash, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await tables.Worklist.UpsertEntityAsync(
            new TableEntity($"{jurisdiction.ToCode()}|poison", bodyHash) { ["Reason"] = reason, ["ReceivedAt"] = at, ["Status"] = CaseStatus.Missed.ToString() },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<WorklistItem?> GetAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        if (caseId.StartsWith(WorklistIndex.Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var response = await tables.Worklist.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), caseId, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<WorklistItem> ListAsync(Jurisdiction jurisdiction, CaseStatus? status, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var code = jurisdiction.ToCode();
        var filter = status is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey lt {WorklistIndex.Marker}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey lt {WorklistIndex.Marker} and Status eq {status.Value.ToString()}");
        await foreach (var entity in tables.Worklist.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>
    /// Working-set cases in one sort order, read from that order's index, starting after the index row
    /// key <paramref name="after"/> (a continuation) and stopping before <paramref name="before"/>.
    /// <paramref name="filter"/> becomes an OData condition on the copied fields. Read lazily: a caller that
    /// stops after one page costs one round trip of <paramref name="take"/> rows.
    /// </summary>
    public async IAsyncEnumerable<IndexedCase> ReadIndexAsync(
        Jurisdiction jurisdiction,
        string sort,
        string? after,
        string? before,
        WorklistFilter? filter,
        int take,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = IndexFilter(jurisdiction, sort, after, before, filter);
        await foreach (var entity in tables.Worklist.QueryAsync<TableEntity>(query, maxPerPage: Math.Clamp(take, 1, 1000), cancellationToken: cancellationToken))
        {
            yield return new IndexedCase(entity.RowKey, FromEntity(entity) with { ETag = null, IndexedAs = null });
        }
    }

    /// <summary>
    /// Counts working-set cases that pass <paramref name="filter"/> (server side) and
    /// <paramref name="keep"/> (on the three fields read: Status, LeaseUntil, Typologies).
    /// </summary>
    public Task<int> CountIndexAsync(Jurisdiction jurisdiction, string? before, WorklistFilter? filter, Func<WorklistItem, bool> keep, CancellationToken cancellationToken) =>
        _counter.CountAsync(jurisdiction, before, FilterCondition(filter), entity => keep(FromEntity(entity)), cancellationToken);

    /// <summary>
    /// Gives cases stored before the indexes existed their index rows, once per jurisdiction (a marker
    /// row remembers it; this process remembers the marker). Each case is indexed in a transaction
    /// conditional on its ETag, so a concurrent change wins and is not overwritten.
    /// </summary>
    public async Task EnsureIndexedAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        // Not tied to one caller's token: the migration is shared, and a failed one is tried again.
        var migration = _migrations.GetOrAdd(jurisdiction, j => MigrateAsync(j, CancellationToken.None));
        try
        {
            await migration.WaitAsync(cancellationToken);
        }
        catch (RequestFailedException)
        {
            _migrations.TryRemove(new KeyValuePair<Jurisdiction, Task>(jurisdiction, migration));
            throw;
        }
    }

    private async Task MigrateAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var code = jurisdiction.ToCode();
        var marker = await tables.Worklist.GetEntityIfExistsAsync<TableEntity>(code, MigratedMarker, select: ["RowKey"], cancellationToken: cancellationToken);
        if (marker.HasValue)
        {
            return;
        }

        var pending = new List<WorklistItem>();
        await foreach (var item in ListAsync(jurisdiction, null, cancellationToken))
        {
            if (item.IndexedAs is null && WorklistIndex.InWorkingSet(item.Status))
            {
                pending.Add(item);
            }
        }

        foreach (var chunk in pending.Chunk(CasesPerTransaction))
        {
            try
            {
                await _workingSet.SubmitAsync(jurisdiction, chunk.SelectMany(ReplaceActions).ToList(), chunk.Sum(WorkingSetChange), cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                // One of them changed meanwhile (and was indexed by that change): one by one.
                foreach (var item in chunk)
                {
                    if (await GetAsync(jurisdiction, item.CaseId, cancellationToken) is { IndexedAs: null } fresh && WorklistIndex.InWorkingSet(fresh.Status))
                    {
                        await TryReplaceAsync(fresh, cancellationToken);
                    }
                }
            }
        }

        await tables.Worklist.UpsertEntityAsync(new TableEntity(code, MigratedMarker) { ["Indexed"] = pending.Count }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> CountPoisonAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var count = 0;
        var partition = $"{jurisdiction.ToCode()}|poison";
        await foreach (var _ in tables.Worklist.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <inheritdoc />
    public Task<bool> TryReplaceAsync(WorklistItem item, CancellationToken cancellationToken) =>
        TryReplaceAsync(item, [], cancellationToken);

    /// <summary>
    /// Replaces a case, with its index rows and the rows of the same partition that must be written
    /// with it (a signal and its outbox entry), in one transaction, if nobody changed the case since it
    /// was read; false when someone did.
    /// </summary>
    internal async Task<bool> TryReplaceAsync(WorklistItem item, IReadOnlyList<TableTransactionAction> alsoWrite, CancellationToken cancellationToken)
    {
        _ = item.ETag ?? throw new ArgumentException("An ETag is required.", nameof(item));
        var actions = ReplaceActions(item);
        actions.AddRange(alsoWrite);
        try
        {
            await _workingSet.SubmitAsync(item.Jurisdiction, actions, WorkingSetChange(item), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private static string IndexFilter(Jurisdiction jurisdiction, string sort, string? after, string? before, WorklistFilter? filter)
    {
        var from = after ?? WorklistIndex.Start(sort);
        var to = before ?? WorklistIndex.End(sort);
        var range = TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()} and RowKey gt {from} and RowKey lt {to}");
        return FilterCondition(filter) is { } condition ? $"({range}) and ({condition})" : range;
    }

    // The worklist filter as an OData condition on the fields index rows copy; null when it has none.
    private static string? FilterCondition(WorklistFilter? filter)
    {
        var conditions = new List<string>();
        switch (filter?.Status)
        {
            case CaseStatus.Open:
                conditions.Add(TableClient.CreateQueryFilter($"Status eq {nameof(CaseStatus.Open)} or (Status eq {nameof(CaseStatus.Claimed)} and LeaseUntil le {filter.Now})"));
                break;
            case { } status:
                conditions.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
                break;
        }

        if (filter?.Priority is { } priority)
        {
            conditions.Add(TableClient.CreateQueryFilter($"Priority eq {priority}"));
        }

        if (filter?.DeadlineAtOrBefore is { } deadline)
        {
            conditions.Add(TableClient.CreateQueryFilter($"Deadline le {deadline}"));
        }

        return conditions.Count == 0 ? null : string.Join(" and ", conditions.Select(c => $"({c})"));
    }

    /// <summary>
    /// The size of the working set from its stored count (eight rows read by key), the total of a worklist
    /// read with no filter.
    /// </summary>
    public Task<int> CountWorkingSetAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken) =>
        _workingSet.CountAsync(jurisdiction, cancellationToken);

    private static int AddedToWorkingSet(IEnumerable<WorklistItem> items) =>
        items.Count(i => WorklistIndex.InWorkingSet(i.Status));

    // +1 when a replace gives a case index rows it did not have, -1 when it takes them away.
    private static int WorkingSetChange(WorklistItem item) =>
        (WorklistIndex.InWorkingSet(item.Status) ? 1 : 0) - (WorklistIndex.SortInputs.Parse(item.IndexedAs) is null ? 0 : 1);

    private static List<TableTransactionAction> AddActions(WorklistItem item)
    {
        var inputs = WorklistIndex.InWorkingSet(item.Status) ? WorklistIndex.SortInputs.Of(item) : (WorklistIndex.SortInputs?)null;
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, ToEntity(item, inputs)) };
        if (inputs is { } i)
        {
            actions.AddRange(WorklistIndex.Sorts.Select(sort => new TableTransactionAction(TableTransactionActionType.Add, IndexEntity(item, WorklistIndex.RowKey(sort, i, item.CaseId)))));
        }

        return actions;
    }

    private static List<TableTransactionAction> ReplaceActions(WorklistItem item)
    {
        var old = WorklistIndex.SortInputs.Parse(item.IndexedAs);
        var next = WorklistIndex.InWorkingSet(item.Status) ? WorklistIndex.SortInputs.Of(item) : (WorklistIndex.SortInputs?)null;
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, ToEntity(item, next), new ETag(item.ETag!)),
        };
        foreach (var sort in WorklistIndex.Sorts)
        {
            var oldKey = old is { } o ? WorklistIndex.RowKey(sort, o, item.CaseId) : null;
            var newKey = next is { } n ? WorklistIndex.RowKey(sort, n, item.CaseId) : null;
            if (oldKey is not null && oldKey != newKey)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(item.Jurisdiction.ToCode(), oldKey), ETag.All));
            }

            if (newKey is not null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexEntity(item, newKey)));
            }
        }

        return actions;
    }

    private static TableEntity ToEntity(WorklistItem item, WorklistIndex.SortInputs? indexedAs)
    {
        var entity = Fields(item, item.CaseId);
        entity["IndexedAs"] = indexedAs?.ToString();
        return entity;
    }

    private static TableEntity IndexEntity(WorklistItem item, string rowKey)
    {
        var entity = Fields(item, rowKey);
        entity["CaseId"] = item.CaseId;
        return entity;
    }

    private static TableEntity Fields(WorklistItem item, string rowKey) => new(item.Jurisdiction.ToCode(), rowKey)
    {
        ["AssessmentId"] = item.AssessmentId,
        ["Priority"] = item.Priority,
        ["Deadline"] = item.Deadline,
        ["Score"] = item.Score,
        ["Band"] = item.Band.ToString(),
        ["Typologies"] = string.Join(',', item.Typologies),
        ["ForcedReview"] = item.ForcedReview,
        ["RandomCheck"] = item.RandomCheck,
        ["InclusionProbability"] = item.InclusionProbability,
        ["Status"] = item.Status.ToString(),
        ["ReceivedAt"] = item.ReceivedAt,
        ["MissedReason"] = item.MissedReason,
        ["ClaimedBy"] = item.ClaimedBy,
        ["LeaseUntil"] = item.LeaseUntil,
        ["Outcome"] = item.Outcome,
        ["Version"] = item.Version,
        ["DeadlineEscalatedAt"] = item.DeadlineEscalatedAt,
        ["OwnAssessment"] = item.OwnAssessment?.ToString(),
        ["OwnAssessedBy"] = item.OwnAssessedBy,
        ["OwnAssessedAt"] = item.OwnAssessedAt,
    };

    internal static WorklistItem FromEntity(TableEntity e) => new()
    {
        CaseId = e.GetString("CaseId") ?? e.RowKey,
        AssessmentId = e.GetString("AssessmentId") ?? e.RowKey,
        Jurisdiction = JurisdictionCodes.TryParse(e.PartitionKey, out var j) ? j : default,
        Priority = e.GetInt32("Priority") ?? 5,
        Deadline = e.GetDateTimeOffset("Deadline") ?? default,
        Score = e.GetDouble("Score") ?? 0,
        Band = Enum.TryParse<RiskBand>(e.GetString("Band"), out var band) ? band : RiskBand.Low,
        Typologies = (e.GetString("Typologies") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => Enum.TryParse<Typology>(t, out var typology) ? typology : (Typology?)null).OfType<Typology>().ToList(),
        ForcedReview = e.GetBoolean("ForcedReview") ?? false,
        RandomCheck = e.GetBoolean("RandomCheck") ?? false,
        InclusionProbability = e.GetDouble("InclusionProbability"),
        Status = Enum.TryParse<CaseStatus>(e.GetString("Status"), out var status) ? status : CaseStatus.Open,
        ReceivedAt = e.GetDateTimeOffset("ReceivedAt") ?? default,
        MissedReason = e.GetString("MissedReason"),
        ClaimedBy = e.GetString("ClaimedBy"),
        LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
        Outcome = e.GetString("Outcome"),
        Version = e.GetInt32("Version") ?? 1,
        DeadlineEscalatedAt = e.GetDateTimeOffset("DeadlineEscalatedAt"),
        OwnAssessment = Enum.TryParse<OwnAssessment>(e.GetString("OwnAssessment"), out var own) && Enum.IsDefined(own) ? own : null,
        OwnAssessedBy = e.GetString("OwnAssessedBy"),
        OwnAssessedAt = e.GetDateTimeOffset("OwnAssessedAt"),
        ETag = e.ETag.ToString(),
        IndexedAs = e.GetString("IndexedAs"),
    };
}
