using System.Globalization;
using Azure.Data.Tables;
using BorderScreening.Application.Capacity;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="ICapacityStore"/> on Table Storage, in the "settings" table: PartitionKey "capacity",
/// RowKey "{jurisdiction}|{yyyy-MM-dd}", so a jurisdiction's days are one range query.
/// </summary>
public sealed class TableCapacityStore(StorageTables tables) : ICapacityStore
{
    private const string Partition = "capacity";

    /// <inheritdoc />
    public async Task SetAsync(CapacityDay day, CancellationToken cancellationToken) =>
        await tables.Settings.UpsertEntityAsync(
            new TableEntity(Partition, Key(day.Jurisdiction, day.Day))
            {
                ["Cases"] = day.Cases,
                ["SetBy"] = day.SetBy,
                ["SetAt"] = day.SetAt,
                ["Reason"] = day.Reason,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CapacityDay>> RangeAsync(Jurisdiction jurisdiction, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var list = new List<CapacityDay>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {Key(jurisdiction, from)} and RowKey le {Key(jurisdiction, to)}");
        await foreach (var row in tables.Settings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var day = DateOnly.ParseExact(row.RowKey[(row.RowKey.IndexOf('|', StringComparison.Ordinal) + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            list.Add(new CapacityDay(jurisdiction, day, row.GetInt32("Cases") ?? 0, row.GetString("SetBy"), row.GetDateTimeOffset("SetAt"), row.GetString("Reason")));
        }

        return list;
    }

    private static string Key(Jurisdiction jurisdiction, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{jurisdiction.ToCode()}|{day:yyyy-MM-dd}");
}
