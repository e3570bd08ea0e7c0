using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Cli.Load;

/// <summary>
/// Reads the run's tables and queues directly (its own clients, no injected faults), bypassing the
/// service, so the check does not trust the code it checks.
/// </summary>
internal sealed class StoreReader(string connectionString, string namePrefix)
{
    private readonly StorageTables _tables = new(new TableServiceClient(connectionString), Options.Create(new StorageOptions { NamePrefix = namePrefix, ConnectionString = connectionString }));
    private readonly QueueServiceClient _queues = new(connectionString);
    private readonly string _queuePrefix = new StorageOptions { NamePrefix = namePrefix }.LowerCasePrefix;

    /// <summary>Reads everything the check needs.</summary>
    public async Task<StoreState> ReadAsync(CancellationToken cancellationToken)
    {
        var assessments = new Dictionary<string, (bool, DateTimeOffset?)>(StringComparer.Ordinal);
        var cases = new HashSet<string>(StringComparer.Ordinal);
        var outbox = 0;
        await foreach (var row in _tables.Screenings.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "IsHit", "Body"], cancellationToken: cancellationToken))
        {
            var (kind, id) = (row.RowKey[..2], row.RowKey[2..]);
            switch (kind)
            {
                case "A|":
                    assessments[id] = (row.GetBoolean("IsHit") == true, ScreenedAt(row.GetString("Body")));
                    break;
                case "C|":
                    cases.Add(id);
                    break;
                case "O|":
                    outbox++;
                    break;
            }
        }

        var worklist = new List<(string, string)>();
        int missed = 0, poisonRecords = 0;
        await foreach (var row in _tables.Worklist.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "Status"], cancellationToken: cancellationToken))
        {
            if (row.PartitionKey.EndsWith("|poison", StringComparison.Ordinal))
            {
                // Unreadable messages the intake or the dead-letter drain recorded (the poison queue itself is drained).
                poisonRecords++;
            }
            else if (!row.RowKey.StartsWith(WorklistIndex.Marker, StringComparison.Ordinal))
            {
                // Rows under "~" are the worklist's sort indexes and stored signals, not cases.
                worklist.Add((row.PartitionKey, row.RowKey));
                missed += row.GetString("Status") == nameof(CaseStatus.Missed) ? 1 : 0;
            }
        }

        int queued = 0, poison = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var name = HitQueueNames.For(jurisdiction, _queuePrefix);
            queued += await CountAsync(name, cancellationToken);
            poison += await CountAsync(name + "-poison", cancellationToken);
        }

        return new StoreState(assessments, cases, outbox, worklist, queued, poison + poisonRecords, missed);
    }

    private async Task<int> CountAsync(string queue, CancellationToken cancellationToken)
    {
        var client = _queues.GetQueueClient(queue);
        if (!await client.ExistsAsync(cancellationToken))
        {
            return 0;
        }

        var properties = await client.GetPropertiesAsync(cancellationToken);
        return properties.Value.ApproximateMessagesCount;
    }

    private static DateTimeOffset? ScreenedAt(string? body)
    {
        if (body is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("screenedAt", out var at) ? at.GetDateTimeOffset() : null;
    }
}
