using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Watchlists;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IWatchlistStore"/> on Table Storage, table "watchlists":
/// PartitionKey "meta" / RowKey "version" — the version every change moves (instances poll it);
/// "list" / list id — a list's definition (JSON body);
/// "entry|{list id}" / entry id — one entry (a list's entries are one partition, so an import writes
/// them in transactions of 100);
/// "false|{list id}" / time-ordered id — a reviewer's false match;
/// "meta" / "pruned" — changes logged before its Before may be gone from the log;
/// "change" / "{UTC ticks:D19}-{random}" — the change log (<see cref="WatchlistChange"/>), one row per
/// change written after the data it names and before the version moves, so an instance that sees the
/// new version finds the row and reads only what changed.
/// </summary>
public sealed class TableWatchlistStore(TableServiceClient service, IOptions<StorageOptions> options, TimeProvider time) : IWatchlistStore
{
    private const string Meta = "meta";
    private const string ChangePartition = "change";

    // Up to this many entries saved at once are logged one by one; more (a bulk import) as the whole list.
    private const int EntryChangesLogged = 100;
    private const string ListPartition = "list";
    private readonly TableClient _table = service.GetTableClient(options.Value.TablePrefix + "watchlists");
    private volatile bool _created;

    /// <inheritdoc />
    public async Task<string?> GetVersionAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Meta, "version", select: ["Version"], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("Version") : null;
    }

    /// <inheritdoc />
    public async Task<(string Version, IReadOnlyList<WatchlistDefinition> Lists, IReadOnlyList<WatchlistEntry> Entries)> LoadAsync(CancellationToken cancellationToken)
    {
        // The version is read first: a change made during the load moves it again, and the next poll reloads.
        var version = await GetVersionAsync(cancellationToken) ?? "none";
        var lists = await ListsAsync(cancellationToken);
        var entries = new List<WatchlistEntry>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {"entry|"} and PartitionKey lt {"entry}"}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(ToEntry(row));
        }

        return (version, lists, entries);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WatchlistChange>> ChangesAfterAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var changes = new List<WatchlistChange>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ChangePartition} and RowKey gt {WatchlistChange.KeyAt(after)}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            changes.Add(new WatchlistChange(row.RowKey, Enum.Parse<WatchlistChangeKind>(row.GetString("Kind")!), row.GetString("ListId")!, row.GetString("EntryId")));
        }

        return changes;
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> PrunedBeforeAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Meta, "pruned", select: ["Before"], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetDateTimeOffset("Before") : null;
    }

    /// <inheritdoc />
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        // The mark first: a reader that sees rows gone also sees that they may be.
        var marked = await PrunedBeforeAsync(cancellationToken);
        if (marked is null || marked < before)
        {
            await _table.UpsertEntityAsync(new TableEntity(Meta, "pruned") { ["Before"] = before }, TableUpdateMode.Replace, cancellationToken);
        }

        var keys = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ChangePartition} and RowKey lt {WatchlistChange.KeyAt(before)}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(row.RowKey);
        }

        foreach (var chunk in keys.Chunk(100))
        {
            await _table.SubmitTransactionAsync(chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(ChangePartition, k), ETag.All)), cancellationToken);
        }

        return keys.Count;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WatchlistDefinition>> ListsAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var lists = new List<WatchlistDefinition>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ListPartition}"), cancellationToken: cancellationToken))
        {
            lists.Add(TableBody.Read<WatchlistDefinition>(row.GetString("Body")!));
        }

        return lists;
    }

    /// <inheritdoc />
    public async Task<WatchlistDefinition?> GetListAsync(string listId, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(ListPartition, listId, cancellationToken: cancellationToken);
        return row.HasValue ? TableBody.Read<WatchlistDefinition>(row.Value!.GetString("Body")!) : null;
    }

    /// <inheritdoc />
    public async Task<bool> AddListAsync(WatchlistDefinition list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        await EnsureAsync(cancellationToken);
        try
        {
            await _table.AddEntityAsync(new TableEntity(ListPartition, list.Id) { ["Body"] = TableBody.Write(list) }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        await LogAsync([(WatchlistChangeKind.List, list.Id, null)], cancellationToken);
        await BumpAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task SaveListAsync(WatchlistDefinition list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        await EnsureAsync(cancellationToken);
        await _table.UpsertEntityAsync(new TableEntity(ListPartition, list.Id) { ["Body"] = TableBody.Write(list) }, TableUpdateMode.Replace, cancellationToken);
        await LogAsync([(WatchlistChangeKind.List, list.Id, null)], cancellationToken);
        await BumpAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<WatchlistEntry>> EntriesAsync(string listId, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var entries = new List<WatchlistEntry>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"entry|" + listId}"), cancellationToken: cancellationToken))
        {
            entries.Add(ToEntry(row));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<WatchlistEntry?> GetEntryAsync(string listId, string entryId, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>("entry|" + listId, entryId, cancellationToken: cancellationToken);
        return row.HasValue ? ToEntry(row.Value!) : null;
    }

    /// <inheritdoc />
    public async Task SaveEntriesAsync(string listId, IReadOnlyList<WatchlistEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await EnsureAsync(cancellationToken);
        // Azure's limit (Azurite does not enforce it): at most 100 actions per transaction.
        foreach (var chunk in entries.Chunk(100))
        {
            await _table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(listId, e))), cancellationToken);
        }

        await LogAsync(
            entries.Count <= EntryChangesLogged
                ? [.. entries.Select(e => (WatchlistChangeKind.Entry, listId, (string?)e.Listed.EntryId))]
                : [(WatchlistChangeKind.Entries, listId, null)],
            cancellationToken);
        await BumpAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteEntryAsync(string listId, string entryId, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        // The SDK answers a delete of a missing row with 404 rather than throwing.
        var response = await _table.DeleteEntityAsync("entry|" + listId, entryId, ETag.All, cancellationToken);
        if (response.Status == 404)
        {
            return false;
        }

        await LogAsync([(WatchlistChangeKind.Entry, listId, entryId)], cancellationToken);
        await BumpAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task AddFalseMatchAsync(FalseMatch falseMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(falseMatch);
        await EnsureAsync(cancellationToken);
        var rowKey = falseMatch.ReportedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        await _table.AddEntityAsync(new TableEntity("false|" + falseMatch.ListId, rowKey) { ["Body"] = TableBody.Write(falseMatch) }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FalseMatch>> FalseMatchesAsync(string listId, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken);
        var list = new List<FalseMatch>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"false|" + listId}"), cancellationToken: cancellationToken))
        {
            list.Add(TableBody.Read<FalseMatch>(row.GetString("Body")!));
        }

        return list;
    }

    private async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
            _created = true;
        }
    }

    private async Task LogAsync(IReadOnlyList<(WatchlistChangeKind Kind, string ListId, string? EntryId)> changes, CancellationToken cancellationToken)
    {
        var at = WatchlistChange.KeyAt(time.GetUtcNow()) + "-" + Guid.NewGuid().ToString("N")[..8] + "-";
        foreach (var chunk in changes.Select((c, i) => ChangeRow(at + i.ToString("D3", CultureInfo.InvariantCulture), c.Kind, c.ListId, c.EntryId)).Chunk(100))
        {
            await _table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
        }
    }

    private static TableEntity ChangeRow(string key, WatchlistChangeKind kind, string listId, string? entryId)
    {
        var row = new TableEntity(ChangePartition, key) { ["Kind"] = kind.ToString(), ["ListId"] = listId };
        if (entryId is not null)
        {
            row["EntryId"] = entryId;
        }

        return row;
    }

    private Task BumpAsync(CancellationToken cancellationToken) =>
        _table.UpsertEntityAsync(new TableEntity(Meta, "version") { ["Version"] = Guid.NewGuid().ToString("N") }, TableUpdateMode.Replace, cancellationToken);

    private static TableEntity ToEntity(string listId, WatchlistEntry e) => new("entry|" + listId, e.Listed.EntryId)
    {
        ["Kind"] = e.Listed.Kind.ToString(),
        ["GivenNames"] = e.Listed.GivenNames,
        ["Name"] = e.Listed.Name,
        ["BirthDate"] = e.Listed.BirthDate?.ToString(),
        ["Hashes"] = string.Join(' ', e.Listed.IdentifierHashes),
        ["ValidFrom"] = e.Listed.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["ValidTo"] = e.Listed.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Display"] = e.Display,
        ["Reason"] = e.Reason,
        ["Source"] = e.Source,
        ["AddedBy"] = e.AddedBy,
        ["AddedAt"] = e.AddedAt,
    };

    private static WatchlistEntry ToEntry(TableEntity row)
    {
        _ = PartialDate.TryParse(row.GetString("BirthDate"), out var birth);
        static DateOnly? Day(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hashes = row.GetString("Hashes");
        return new WatchlistEntry
        {
            Listed = new ListedEntry
            {
                ListId = row.PartitionKey["entry|".Length..],
                EntryId = row.RowKey,
                Kind = Enum.Parse<WatchlistEntryKind>(row.GetString("Kind")!),
                GivenNames = row.GetString("GivenNames"),
                Name = row.GetString("Name"),
                BirthDate = birth,
                IdentifierHashes = string.IsNullOrEmpty(hashes) ? [] : hashes.Split(' '),
                ValidFrom = Day(row.GetString("ValidFrom")),
                ValidTo = Day(row.GetString("ValidTo")),
            },
            Display = row.GetString("Display") ?? "",
            Reason = row.GetString("Reason") ?? "",
            Source = row.GetString("Source") ?? "",
            AddedBy = row.GetString("AddedBy") ?? "",
            AddedAt = row.GetDateTimeOffset("AddedAt") ?? default,
        };
    }
}
