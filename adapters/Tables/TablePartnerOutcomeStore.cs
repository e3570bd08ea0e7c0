using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="IPartnerOutcomeStore"/> on Table Storage: table "outcomes", PartitionKey = jurisdiction
/// code, RowKey = signal id (one row per signal; a later outcome replaces the row, the audit log keeps
/// the history). The outcome is stored by its wire name, so a row never holds a number a later enum
/// change could reinterpret; a row with an unknown name is skipped.
/// </summary>
public sealed class TablePartnerOutcomeStore(StorageTables tables) : IPartnerOutcomeStore
{
    /// <inheritdoc />
    public async Task<PartnerOutcome?> GetAsync(Jurisdiction jurisdiction, string signalId, CancellationToken cancellationToken)
    {
        var response = await tables.Outcomes.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), signalId, cancellationToken: cancellationToken);
        return response.HasValue ? Read(response.Value!) : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(PartnerOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await tables.Outcomes.UpsertEntityAsync(
            new TableEntity(outcome.Jurisdiction.ToCode(), outcome.SignalId)
            {
                ["CaseId"] = outcome.CaseId,
                ["PartnerId"] = outcome.PartnerId,
                ["Outcome"] = outcome.Outcome.ToName(),
                ["RecordedAt"] = outcome.RecordedAt,
                ["RecordedBy"] = outcome.RecordedBy,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PartnerOutcome> ReadAsync(Jurisdiction? jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = jurisdiction is { } j ? TableClient.CreateQueryFilter($"PartitionKey eq {j.ToCode()}") : null;
        await foreach (var row in tables.Outcomes.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (Read(row) is { } outcome)
            {
                yield return outcome;
            }
        }
    }

    private static PartnerOutcome? Read(TableEntity row) =>
        JurisdictionCodes.TryParse(row.PartitionKey, out var jurisdiction) && PartnerOutcomeKinds.TryParse(row.GetString("Outcome"), out var kind)
            ? new PartnerOutcome(
                jurisdiction,
                row.RowKey,
                row.GetString("CaseId") ?? "",
                row.GetString("PartnerId") ?? "",
                kind,
                row.GetDateTimeOffset("RecordedAt") ?? default,
                row.GetString("RecordedBy") ?? "")
            : null;
}
