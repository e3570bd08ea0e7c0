using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Assessments;

/// <summary>
/// Assessments, review cases and outbox entries in one table so they can be written in one
/// entity-group transaction.
/// <para>
/// Keys: PartitionKey = "{jurisdiction}|{shard}" (shard from the id, 8 per jurisdiction, to spread
/// write load); RowKey = "A|{id}" assessment, "C|{id}" case, "O|{id}" outbox entry. A transaction
/// holds at most these three rows of one partition — well inside Azure's 100 actions and one
/// partition. The JSON body of each row is bounded below Azure's 64 KiB per property.
/// </para>
/// </summary>
public sealed class AssessmentStore(StorageTables tables)
{
    /// <summary>Azure's limit is 64 KiB per property (32K UTF-16 characters); stay under it.</summary>
    public const int MaxBodyChars = 30_000;

    private const string AssessmentPrefix = "A|";
    private const string CasePrefix = "C|";
    private const string OutboxPrefix = "O|";

    /// <summary>
    /// Stores the assessment and, for a hit, its case and outbox entry atomically. When the record
    /// was stored before (a retry, or a concurrent copy), nothing is written and the stored
    /// assessment is returned.
    /// </summary>
    public Task<SaveOutcome> SaveAsync(Assessment assessment, ReviewCase? reviewCase, HitRouting? hit, DateTimeOffset now, CancellationToken cancellationToken) =>
        SaveAsync(assessment, reviewCase, hit, now, null, cancellationToken);

    /// <summary>
    /// As <see cref="SaveAsync(Assessment, ReviewCase?, HitRouting?, DateTimeOffset, CancellationToken)"/>, with the
    /// record's monitoring facts as extra columns of the assessment row.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(Assessment assessment, ReviewCase? reviewCase, HitRouting? hit, DateTimeOffset now, MonitoringFacts? monitoring, CancellationToken cancellationToken)
    {
        if (!AssessmentId.TryParse(assessment.Id, out var jurisdiction, out var shard))
        {
            throw new ArgumentException("Malformed assessment id.", nameof(assessment));
        }

        var partition = AssessmentId.PartitionKey(jurisdiction, shard);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new TableEntity(partition, AssessmentPrefix + assessment.Id)
            {
                ["Body"] = Body(assessment),
                ["Jurisdiction"] = jurisdiction.ToCode(),
                ["IsHit"] = assessment.Risk.IsHit,
                ["Score"] = assessment.Risk.Score,
                ["Forced"] = assessment.Risk.ForcedReview,
                ["ScreenedAt"] = assessment.ScreenedAt,
                // Audit group and features sit beside the body, never in it: scoring and the API never read them.
                [MonitoringFacts.AuditGroupColumn] = monitoring?.Group.Encode(),
                [MonitoringFacts.FeaturesColumn] = MonitoringFacts.EncodeFeatures(monitoring?.Features),
            }),
        };

        if (reviewCase is not null && hit is not null)
        {
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(partition, CasePrefix + reviewCase.CaseId)
            {
                ["Body"] = Body(reviewCase),
                ["Jurisdiction"] = jurisdiction.ToCode(),
                ["CreatedAt"] = reviewCase.CreatedAt,
            }));
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(partition, OutboxPrefix + reviewCase.CaseId)
            {
                ["Body"] = Body(hit),
                ["Attempts"] = 0,
                ["NextAttemptAt"] = now,
            }));
        }

        try
        {
            await tables.Screenings.SubmitTransactionAsync(actions, cancellationToken);
            return new SaveOutcome(true, assessment);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            var stored = await GetAsync(assessment.Id, cancellationToken)
                ?? throw new InvalidOperationException("Conflict on save but no stored assessment found.", ex);
            return new SaveOutcome(false, stored);
        }
    }

    /// <summary>The outbox entry <see cref="SaveAsync(Assessment, ReviewCase?, HitRouting?, DateTimeOffset, CancellationToken)"/> writes for a hit, for publishing it right away.</summary>
    public static OutboxEntry NewOutboxEntry(HitRouting hit, DateTimeOffset now)
    {
        if (!AssessmentId.TryParse(hit.CaseId, out var jurisdiction, out var shard))
        {
            throw new ArgumentException("Malformed case id.", nameof(hit));
        }

        return new OutboxEntry(AssessmentId.PartitionKey(jurisdiction, shard), OutboxPrefix + hit.CaseId, hit, 0, now, ETag.All);
    }

    /// <summary>Reads an assessment; null when the id is unknown or malformed.</summary>
    public Task<Assessment?> GetAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync<Assessment>(id, AssessmentPrefix, cancellationToken);

    /// <summary>Reads a review case; null when unknown.</summary>
    public Task<ReviewCase?> GetCaseAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync<ReviewCase>(id, CasePrefix, cancellationToken);

    /// <summary>Outbox entries due for (re)publishing in one jurisdiction.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> PendingOutboxAsync(Jurisdiction jurisdiction, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        for (var shard = 0; shard < AssessmentId.Shards && entries.Count < max; shard++)
        {
            var partition = AssessmentId.PartitionKey(jurisdiction, shard);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {OutboxPrefix} and RowKey lt {"O}"} and NextAttemptAt le {now}");
            await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken))
            {
                var message = JsonSerializer.Deserialize<HitRouting>(row.GetString("Body"), ScreeningJson.Options)!;
                entries.Add(new OutboxEntry(row.PartitionKey, row.RowKey, message, row.GetInt32("Attempts") ?? 0, row.GetDateTimeOffset("NextAttemptAt") ?? now, row.ETag));
                if (entries.Count >= max)
                {
                    break;
                }
            }
        }

        return entries;
    }

    /// <summary>Removes a published entry. Already removed is fine: another relay got there first.</summary>
    public async Task MarkSentAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Screenings.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Sent and marked by someone else.
        }
    }

    /// <summary>Records a failed attempt and when to try again.</summary>
    public async Task MarkFailedAsync(OutboxEntry entry, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Screenings.UpdateEntityAsync(
                new TableEntity(entry.PartitionKey, entry.RowKey) { ["Attempts"] = entry.Attempts + 1, ["NextAttemptAt"] = nextAttemptAt },
                entry.ETag,
                TableUpdateMode.Merge,
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another relay handled it meanwhile.
        }
    }

    private async Task<T?> ReadAsync<T>(string id, string prefix, CancellationToken cancellationToken)
        where T : class
    {
        if (!AssessmentId.TryParse(id, out var jurisdiction, out var shard))
        {
            return null;
        }

        var response = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(
            AssessmentId.PartitionKey(jurisdiction, shard), prefix + id, cancellationToken: cancellationToken);
        return response.HasValue && response.Value!.GetString("Body") is { } body
            ? JsonSerializer.Deserialize<T>(body, ScreeningJson.Options)
            : null;
    }

    private static string Body<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, ScreeningJson.Options);
        return json.Length <= MaxBodyChars
            ? json
            : throw new InvalidOperationException($"{typeof(T).Name} is {json.Length} characters; the limit is {MaxBodyChars}.");
    }
}
