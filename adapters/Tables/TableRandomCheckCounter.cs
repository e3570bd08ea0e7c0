using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.RandomChecks;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IRandomCheckCounter"/> on Table Storage, in the "settings" table: PartitionKey
/// "randomchecks", RowKey "{jurisdiction}|{yyyy-MM-dd}", column Count. Taken with an ETag-conditional
/// write, so concurrent screening workers never count past the limit.
/// </summary>
public sealed class TableRandomCheckCounter(StorageTables tables) : IRandomCheckCounter
{
    private const string Partition = "randomchecks";

    // Contention is per jurisdiction and day and random checks are rare: a few retries settle it.
    private const int Attempts = 8;

    /// <inheritdoc />
    public async Task<bool> TryTakeAsync(Jurisdiction jurisdiction, DateOnly day, int limit, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{jurisdiction.ToCode()}|{day:yyyy-MM-dd}");
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var row = await tables.Settings.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: cancellationToken);
            var taken = row.HasValue ? row.Value!.GetInt32("Count") ?? 0 : 0;
            if (taken >= limit)
            {
                return false;
            }

            try
            {
                var entity = new TableEntity(Partition, key) { ["Count"] = taken + 1 };
                if (row.HasValue)
                {
                    await tables.Settings.UpdateEntityAsync(entity, row.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await tables.Settings.AddEntityAsync(entity, cancellationToken);
                }

                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another worker took a place meanwhile: read again.
            }
        }

        // Still contended: leave this draw out rather than risk passing the limit.
        return false;
    }
}
