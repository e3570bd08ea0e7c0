using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using BorderScreening.Application.Screening.Bookings;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IBookingStore"/> on Table Storage: table "bookings", PartitionKey = the flight
/// ("CW|KL765|20261201"), RowKey = "P|" (PNR passenger) or "T|" (listed traveller) + SHA-256 of the
/// sender and source identity, so a later push replaces its entry; the record is stored as its JSON.
/// </summary>
public sealed class TableBookingStore(StorageTables tables, ILogger<TableBookingStore> logger) : IBookingStore
{
    // Azure refuses string properties over 64 KiB (32K UTF-16 characters); a record that large is not kept.
    private const int MaxRecordChars = 30_000;

    /// <inheritdoc />
    /// <remarks>One flight is one partition: its travellers go in transactions of at most 100 upserts.</remarks>
    public async Task SaveAsync(FlightKey flight, BookingEntryKind kind, IReadOnlyList<StoredTraveller> travellers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flight);
        ArgumentNullException.ThrowIfNull(travellers);
        var entities = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        foreach (var traveller in travellers)
        {
            var json = JsonSerializer.Serialize<ScreeningRecord>(traveller.Record, ScreeningJson.Options);
            if (json.Length > MaxRecordChars)
            {
                logger.LogWarning("A traveller of {Jurisdiction} was not kept for PNR matching: its record is too large", flight.Jurisdiction.ToCode());
                continue;
            }

            // A traveller sent twice in one batch is one row: a transaction may not touch a row twice.
            var rowKey = Prefix(kind) + Hash($"{traveller.Sender}\u001f{traveller.Record.SourceIdentity()}");
            entities[rowKey] = new TableEntity(flight.ToString(), rowKey) { ["Record"] = json, ["Sender"] = traveller.Sender };
        }

        foreach (var chunk in entities.Values.Chunk(100))
        {
            await tables.Bookings.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredTraveller>> FindAsync(FlightKey flight, BookingEntryKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flight);
        var prefix = Prefix(kind);
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {flight.ToString()} and RowKey ge {prefix} and RowKey lt {end}");
        var found = new List<StoredTraveller>();
        await foreach (var row in tables.Bookings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (JsonSerializer.Deserialize<ScreeningRecord>(row.GetString("Record") ?? "null", ScreeningJson.Options) is TravellerRecord record)
            {
                found.Add(new StoredTraveller(record, row.GetString("Sender")));
            }
        }

        return found;
    }

    private static string Prefix(BookingEntryKind kind) => kind == BookingEntryKind.PnrPassenger ? "P|" : "T|";

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
