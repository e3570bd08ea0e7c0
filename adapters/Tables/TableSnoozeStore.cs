using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Snoozes;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="ISnoozeStore"/> on Table Storage: table "snoozes", PartitionKey = jurisdiction code,
/// RowKey = snooze id; a change of the end is a merge conditional on the row's ETag.
/// </summary>
public sealed class TableSnoozeStore(StorageTables tables) : ISnoozeStore
{
    /// <inheritdoc />
    public async Task AddAsync(Snooze snooze, CancellationToken cancellationToken) =>
        await tables.Snoozes.AddEntityAsync(ToEntity(snooze), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Snooze>> ActiveAsync(Jurisdiction? jurisdiction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filter = jurisdiction is { } j
            ? TableClient.CreateQueryFilter($"PartitionKey eq {j.ToCode()} and ExpiresAt gt {now}")
            : TableClient.CreateQueryFilter($"ExpiresAt gt {now}");
        var list = new List<Snooze>();
        await foreach (var row in tables.Snoozes.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (JurisdictionCodes.TryParse(row.PartitionKey, out _))
            {
                list.Add(FromEntity(row));
            }
        }

        return list;
    }

    /// <inheritdoc />
    public async Task<StoredSnooze?> GetAsync(Jurisdiction jurisdiction, string snoozeId, CancellationToken cancellationToken)
    {
        var row = await tables.Snoozes.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), snoozeId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? new StoredSnooze(FromEntity(entity), entity.ETag.ToString()) : null;
    }

    /// <inheritdoc />
    public async Task<bool> SetExpiryAsync(StoredSnooze stored, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var snooze = stored.Snooze;
        try
        {
            await tables.Snoozes.UpdateEntityAsync(
                new TableEntity(snooze.Jurisdiction.ToCode(), snooze.Id) { ["ExpiresAt"] = expiresAt },
                new ETag(stored.ConcurrencyToken),
                TableUpdateMode.Merge,
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    private static TableEntity ToEntity(Snooze s) => new(s.Jurisdiction.ToCode(), s.Id)
    {
        ["IndicatorId"] = s.IndicatorId,
        ["EntityType"] = s.EntityType.ToString(),
        ["EntityHash"] = s.EntityHash,
        ["Reason"] = s.Reason,
        ["CreatedAt"] = s.CreatedAt,
        ["ExpiresAt"] = s.ExpiresAt,
        ["CreatedBy"] = s.CreatedBy,
        ["CaseId"] = s.CaseId,
    };

    private static Snooze FromEntity(TableEntity e) => new(
        e.RowKey,
        JurisdictionCodes.TryParse(e.PartitionKey, out var j) ? j : default,
        e.GetString("IndicatorId") ?? "",
        Enum.TryParse<NetworkEntityType>(e.GetString("EntityType"), out var t) ? t : default,
        e.GetString("EntityHash") ?? "",
        e.GetString("Reason") ?? "",
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetDateTimeOffset("ExpiresAt") ?? default,
        e.GetString("CreatedBy") ?? "",
        e.GetString("CaseId") ?? "");
}
