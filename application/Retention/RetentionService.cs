using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Retention;

/// <summary>
/// The scheduled retention job: deletes non-hit assessments and network sightings past their period
/// and depersonalises decided or missed cases (names, document, contact, addresses and party names
/// removed; the circumstances a label needs are kept). Audit entries and labels stay: they hold no
/// clear personal data. Runs daily (timer function; a loop in the local host).
/// </summary>
public sealed class RetentionService(
    StorageTables tables,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger)
{
    /// <summary>What one run did.</summary>
    public sealed record RetentionResult(int AssessmentsDeleted, int SightingsDeleted, int CasesDepersonalised);

    /// <summary>Runs once.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var assessments = await DeleteNonHitAssessmentsAsync(now.AddDays(-o.NonHitAssessmentDays), cancellationToken);
        var sightings = await DeleteAsync(tables.Sightings, TableClient.CreateQueryFilter($"SeenAt lt {now.AddDays(-o.SightingDays)}"), cancellationToken);
        var cases = await DepersonaliseCasesAsync(now.AddDays(-o.CaseDepersonaliseDays), cancellationToken);
        logger.LogInformation("Retention: {Assessments} assessments and {Sightings} sightings deleted, {Cases} cases depersonalised", assessments, sightings, cases);
        return new RetentionResult(assessments, sightings, cases);
    }

    /// <summary>The record without what identifies the person; circumstances stay.</summary>
    public static ScreeningRecord Depersonalise(ScreeningRecord record) => record switch
    {
        TravellerRecord t => t with
        {
            Name = new PersonName { Surname = "(removed)" },
            BirthDate = t.BirthDate is { } b ? new DateOnly(b.Year, 1, 1) : null,
            Document = null,
            Contact = null,
            AddressAtDestination = null,
            Sponsor = t.Sponsor is null ? null : new Party { PartyKind = t.Sponsor.PartyKind },
            Booking = t.Booking is null ? null : t.Booking with { PayerId = null, GroupReference = null },
            Audit = null,
        },
        WorkPermitRecord p => p with
        {
            Applicant = new PersonName { Surname = "(removed)" },
            BirthDate = p.BirthDate is { } b ? new DateOnly(b.Year, 1, 1) : null,
            Document = null,
            Contact = null,
            HousingAddress = null,
            Audit = null,
        },
        _ => record,
    };

    private async Task<int> DeleteNonHitAssessmentsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            for (var shard = 0; shard < AssessmentId.Shards; shard++)
            {
                var partition = AssessmentId.PartitionKey(jurisdiction, shard);
                deleted += await DeleteAsync(
                    tables.Screenings,
                    TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"A|"} and RowKey lt {"A}"} and IsHit eq {false} and ScreenedAt lt {before}"),
                    cancellationToken);
            }
        }

        return deleted;
    }

    private async Task<int> DepersonaliseCasesAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var done = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()} and ReceivedAt lt {before}");
            await foreach (var item in tables.Worklist.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                var status = item.GetString("Status");
                if (status != nameof(CaseStatus.Decided) && status != nameof(CaseStatus.Missed))
                {
                    continue;
                }

                if (!AssessmentId.TryParse(item.RowKey, out var j, out var shard))
                {
                    continue;
                }

                var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(AssessmentId.PartitionKey(j, shard), "C|" + item.RowKey, cancellationToken: cancellationToken);
                if (!row.HasValue || row.Value!.GetBoolean("Depersonalised") == true || row.Value.GetString("Body") is not { } body)
                {
                    continue;
                }

                var reviewCase = JsonSerializer.Deserialize<ReviewCase>(body, ScreeningJson.Options)!;
                var cleaned = reviewCase with { Record = Depersonalise(reviewCase.Record) };
                await tables.Screenings.UpdateEntityAsync(
                    new TableEntity(row.Value.PartitionKey, row.Value.RowKey)
                    {
                        ["Body"] = JsonSerializer.Serialize(cleaned, ScreeningJson.Options),
                        ["Depersonalised"] = true,
                    },
                    row.Value.ETag,
                    TableUpdateMode.Merge,
                    cancellationToken);
                await ClearMonitoringColumnsAsync(row.Value.PartitionKey, item.RowKey, cancellationToken);
                await DeleteStoredSignalAsync(item.PartitionKey, item.RowKey, cancellationToken);
                done++;
            }
        }

        return done;
    }

    // The assessment row of a hit outlives the non-hits (deleted after 90 days) and keeps its scores, but
    // the audit-only group (nationality group, sex, age band) and the feature vector stored for
    // monitoring go with the clear record: the daily monitoring used them long before. Removing a
    // property needs a replace, not a merge.
    private async Task ClearMonitoringColumnsAsync(string partition, string assessmentId, CancellationToken cancellationToken)
    {
        var row = await tables.Screenings.GetEntityIfExistsAsync<TableEntity>(partition, "A|" + assessmentId, cancellationToken: cancellationToken);
        if (!row.HasValue || (!row.Value!.ContainsKey(MonitoringFacts.AuditGroupColumn) && !row.Value.ContainsKey(MonitoringFacts.FeaturesColumn)))
        {
            return;
        }

        var entity = row.Value;
        entity.Remove(MonitoringFacts.AuditGroupColumn);
        entity.Remove(MonitoringFacts.FeaturesColumn);
        await tables.Screenings.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    // A referred case's stored signal names the person too; it was delivered long before and goes
    // with the clear record (docs/signals.md). Re-sending is no longer possible after this.
    private async Task DeleteStoredSignalAsync(string partition, string caseId, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Worklist.DeleteEntityAsync(partition, "~signal|" + caseId, Azure.ETag.All, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // Not referred: no signal stored.
        }
    }

    private static async Task<int> DeleteAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var keys = new List<(string, string)>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add((row.PartitionKey, row.RowKey));
        }

        // Entity-group transactions: one partition and at most 100 actions each (Azure's limits).
        foreach (var group in keys.GroupBy(k => k.Item1))
        {
            foreach (var chunk in group.Chunk(100))
            {
                try
                {
                    await table.SubmitTransactionAsync(chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(k.Item1, k.Item2), ETag.All)), cancellationToken);
                    deleted += chunk.Length;
                }
                catch (TableTransactionFailedException)
                {
                    // Something in the chunk changed or went meanwhile; the next run picks up the rest.
                }
            }
        }

        return deleted;
    }
}
