using Azure.Data.Tables;
using BorderScreening.Application.Review;
using BorderScreening.Application.Storage;
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
            },
            TableUpdateMode.Replace,
            cancellationToken);
}
