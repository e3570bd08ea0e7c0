using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="ILabelStore"/> on Table Storage: table "labels", PartitionKey = jurisdiction code,
/// RowKey = case id (the columns the label export reads).
/// </summary>
public sealed class TableLabelStore(StorageTables tables) : ILabelStore
{
    /// <inheritdoc />
    public async Task SaveAsync(DecisionLabel label, CancellationToken cancellationToken) =>
        await tables.Labels.UpsertEntityAsync(
            new TableEntity(label.Jurisdiction.ToCode(), label.CaseId)
            {
                ["AssessmentId"] = label.AssessmentId,
                ["Outcome"] = label.Outcome,
                ["Label"] = label.Label,
                ["OwnAssessment"] = label.OwnAssessment,
                ["ReasonCodes"] = label.ReasonCodes,
                ["ReviewerRole"] = label.ReviewerRole,
                ["DecidedAt"] = label.DecidedAt,
                ["CatalogueVersion"] = label.CatalogueVersion,
                ["ModelVersion"] = label.ModelVersion,
                ["Reviewer"] = label.Reviewer,
                ["Band"] = label.Band,
                ["RandomCheck"] = label.RandomCheck,
                ["InclusionProbability"] = label.InclusionProbability,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<DecisionLabel> ReadAsync(Jurisdiction? jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = jurisdiction is { } j ? TableClient.CreateQueryFilter($"PartitionKey eq {j.ToCode()}") : null;
        await foreach (var row in tables.Labels.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (!JurisdictionCodes.TryParse(row.PartitionKey, out var rowJurisdiction))
            {
                continue;
            }

            yield return new DecisionLabel(
                rowJurisdiction,
                row.RowKey,
                row.GetString("AssessmentId") ?? row.RowKey,
                row.GetString("Outcome") ?? "",
                row.GetInt32("Label"),
                row.GetString("OwnAssessment") ?? "",
                row.GetString("ReasonCodes") ?? "",
                row.GetString("ReviewerRole") ?? "",
                row.GetDateTimeOffset("DecidedAt") ?? default,
                row.GetString("CatalogueVersion"),
                row.GetString("ModelVersion"),
                row.GetString("Reviewer"),
                row.GetString("Band"),
                row.GetBoolean("RandomCheck") ?? false,
                row.GetDouble("InclusionProbability"));
        }
    }
}
