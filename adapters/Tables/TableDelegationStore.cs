using Azure;
using Azure.Data.Tables;
using BorderScreening.Application.Delegations;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IDelegationStore"/> on Table Storage, in the "settings" table: PartitionKey
/// "delegations", RowKey "{reviewer}|{id}", so the security layer reads one reviewer's grants with one
/// range query; the supervision screen filters the (small) partition by jurisdiction.
/// </summary>
public sealed class TableDelegationStore(StorageTables tables) : IDelegationStore
{
    private const string Partition = "delegations";

    /// <inheritdoc />
    public async Task AddAsync(ReviewDelegation delegation, CancellationToken cancellationToken) =>
        await tables.Settings.AddEntityAsync(
            new TableEntity(Partition, $"{delegation.Reviewer}|{delegation.Id}")
            {
                ["Id"] = delegation.Id,
                ["Jurisdiction"] = delegation.Jurisdiction.ToCode(),
                ["Reviewer"] = delegation.Reviewer,
                ["GrantedBy"] = delegation.GrantedBy,
                ["GrantedAt"] = delegation.GrantedAt,
                ["Until"] = delegation.Until,
                ["Reason"] = delegation.Reason,
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ReviewDelegation>> ForReviewerAsync(string reviewer, CancellationToken cancellationToken)
    {
        var from = reviewer + "|";
        var to = reviewer + "}";
        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {from} and RowKey lt {to}"), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReviewDelegation>> ForJurisdictionAsync(Jurisdiction jurisdiction, DateTimeOffset endedAfter, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Jurisdiction eq {jurisdiction.ToCode()} and Until ge {endedAfter}"), cancellationToken);

    /// <inheritdoc />
    public async Task<bool> TryRevokeAsync(Jurisdiction jurisdiction, string id, string revokedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await foreach (var row in tables.Settings.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Id eq {id} and Jurisdiction eq {jurisdiction.ToCode()}"), cancellationToken: cancellationToken))
        {
            if (row.GetDateTimeOffset("RevokedAt") is not null)
            {
                return false;
            }

            try
            {
                await tables.Settings.UpdateEntityAsync(new TableEntity(Partition, row.RowKey) { ["RevokedAt"] = at, ["RevokedBy"] = revokedBy }, row.ETag, TableUpdateMode.Merge, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                return false;
            }
        }

        return false;
    }

    private async Task<IReadOnlyList<ReviewDelegation>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<ReviewDelegation>();
        await foreach (var row in tables.Settings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (JurisdictionCodes.TryParse(row.GetString("Jurisdiction"), out var jurisdiction))
            {
                list.Add(new ReviewDelegation
                {
                    Id = row.GetString("Id") ?? "",
                    Jurisdiction = jurisdiction,
                    Reviewer = row.GetString("Reviewer") ?? "",
                    GrantedBy = row.GetString("GrantedBy") ?? "",
                    GrantedAt = row.GetDateTimeOffset("GrantedAt") ?? default,
                    Until = row.GetDateTimeOffset("Until") ?? default,
                    Reason = row.GetString("Reason") ?? "",
                    RevokedAt = row.GetDateTimeOffset("RevokedAt"),
                    RevokedBy = row.GetString("RevokedBy"),
                });
            }
        }

        return list;
    }
}
