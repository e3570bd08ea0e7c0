using Azure;
using Azure.Data.Tables;
using BorderScreening.Core.Indicators;
using BorderScreening.Core.Records;
using BorderScreening.Core.Risk;
using BorderScreening.Core.Storage;

namespace BorderScreening.Core.Review;

/// <summary>
/// The worklists in Azure Tables.
/// <para>
/// Keys: PartitionKey = jurisdiction code ("CW"), RowKey = case id. One partition per jurisdiction
/// keeps each jurisdiction's cases apart and lets a worklist page be one partition query; review
/// state changes use the row's ETag (a claim has exactly one winner). Unreadable queue messages are
/// kept in partition "{jurisdiction}|poison" keyed by a hash of their body.
/// </para>
/// </summary>
public sealed class WorklistStore(StorageTables tables)
{
    /// <summary>Adds a case; false when it is there already (a repeated delivery).</summary>
    public async Task<bool> TryAddAsync(WorklistItem item, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Worklist.AddEntityAsync(ToEntity(item), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Records an unreadable message so it is counted and can be looked into.</summary>
    public async Task RecordPoisonAsync(Jurisdiction jurisdiction, string bodyHash, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await tables.Worklist.UpsertEntityAsync(
            new TableEntity($"{jurisdiction.ToCode()}|poison", bodyHash) { ["Reason"] = reason, ["ReceivedAt"] = at, ["Status"] = CaseStatus.Missed.ToString() },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>Reads one case of a jurisdiction.</summary>
    public async Task<WorklistItem?> GetAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        if (caseId.StartsWith(Oversight.Signals.SignalStore.RowPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var response = await tables.Worklist.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), caseId, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <summary>Every case of a jurisdiction (optionally of one status).</summary>
    public async IAsyncEnumerable<WorklistItem> ListAsync(Jurisdiction jurisdiction, CaseStatus? status, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var code = jurisdiction.ToCode();
        var filter = status is null
            // Signal rows share the partition (written with the decision) and sort after "~": stop before them.
            ? TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey lt {Oversight.Signals.SignalStore.RowPrefix}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {code} and RowKey lt {Oversight.Signals.SignalStore.RowPrefix} and Status eq {status.Value.ToString()}");
        await foreach (var entity in tables.Worklist.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>Number of unreadable messages recorded for a jurisdiction.</summary>
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

    /// <summary>Replaces a case if nobody changed it since it was read; false when someone did.</summary>
    public async Task<bool> TryReplaceAsync(WorklistItem item, CancellationToken cancellationToken) =>
        await TryReplaceAsync(item, [], cancellationToken);

    /// <summary>
    /// Replaces a case if nobody changed it since it was read, together with rows of the same
    /// partition that must be written with it (a signal and its outbox entry), in one transaction.
    /// </summary>
    public async Task<bool> TryReplaceAsync(WorklistItem item, IReadOnlyList<TableTransactionAction> alsoWrite, CancellationToken cancellationToken)
    {
        if (alsoWrite.Count > 0)
        {
            try
            {
                await tables.Worklist.SubmitTransactionAsync(
                    [new(TableTransactionActionType.UpdateReplace, ToEntity(item), new ETag(item.ETag ?? throw new ArgumentException("An ETag is required.", nameof(item)))), .. alsoWrite],
                    cancellationToken);
                return true;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 404)
            {
                return false;
            }
        }

        try
        {
            await tables.Worklist.UpdateEntityAsync(ToEntity(item), new ETag(item.ETag ?? throw new ArgumentException("An ETag is required.", nameof(item))), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    internal static TableEntity ToEntity(WorklistItem item) => new(item.Jurisdiction.ToCode(), item.CaseId)
    {
        ["AssessmentId"] = item.AssessmentId,
        ["Priority"] = item.Priority,
        ["Deadline"] = item.Deadline,
        ["Score"] = item.Score,
        ["Band"] = item.Band.ToString(),
        ["Typologies"] = string.Join(',', item.Typologies),
        ["ForcedReview"] = item.ForcedReview,
        ["Status"] = item.Status.ToString(),
        ["ReceivedAt"] = item.ReceivedAt,
        ["MissedReason"] = item.MissedReason,
        ["ClaimedBy"] = item.ClaimedBy,
        ["LeaseUntil"] = item.LeaseUntil,
        ["Outcome"] = item.Outcome,
    };

    internal static WorklistItem FromEntity(TableEntity e) => new()
    {
        CaseId = e.RowKey,
        AssessmentId = e.GetString("AssessmentId") ?? e.RowKey,
        Jurisdiction = JurisdictionCodes.TryParse(e.PartitionKey, out var j) ? j : default,
        Priority = e.GetInt32("Priority") ?? 5,
        Deadline = e.GetDateTimeOffset("Deadline") ?? default,
        Score = e.GetDouble("Score") ?? 0,
        Band = Enum.TryParse<RiskBand>(e.GetString("Band"), out var band) ? band : RiskBand.Low,
        Typologies = (e.GetString("Typologies") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => Enum.TryParse<Typology>(t, out var typology) ? typology : (Typology?)null).OfType<Typology>().ToList(),
        ForcedReview = e.GetBoolean("ForcedReview") ?? false,
        Status = Enum.TryParse<CaseStatus>(e.GetString("Status"), out var status) ? status : CaseStatus.Open,
        ReceivedAt = e.GetDateTimeOffset("ReceivedAt") ?? default,
        MissedReason = e.GetString("MissedReason"),
        ClaimedBy = e.GetString("ClaimedBy"),
        LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
        Outcome = e.GetString("Outcome"),
        ETag = e.ETag.ToString(),
    };
}
