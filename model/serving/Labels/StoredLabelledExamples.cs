using BorderScreening.Application.Learning;
using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Serving.Labels;

/// <summary>
/// Turns a decided case read straight from the store (<see cref="TrainingRow"/>) into the same minimised
/// example the label export writes (<see cref="LabelMinimisation"/>), with the stored point-in-time
/// features. The partners' outcomes override the reviewer's label exactly as in the export. The
/// reference names no case: "store; outcome …; catalogue …; model …".
/// </summary>
public static class StoredLabelledExamples
{
    /// <summary>The example for one row.</summary>
    public static LabelledExample From(TrainingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var label = row.Label;
        return new LabelledExample
        {
            Record = LabelMinimisation.Record(row.Record, row.ScreenedAt),
            ScreenedAt = LabelMinimisation.Month(row.ScreenedAt),
            Counts = LabelExportService.Counts(row.NetworkCounts),
            Label = row.EffectiveLabel == 1,
            Source = $"review:{label.Jurisdiction.ToCode()}",
            LabelSource = LabelExportService.SourceOf(label, row.OutcomeLabel),
            LabelReference = $"store; outcome {label.Outcome}; reviewer role {label.ReviewerRole}; catalogue {label.CatalogueVersion ?? row.CatalogueVersion}; model {label.ModelVersion ?? row.ModelVersion}"
                + LabelExportService.OutcomesReference(row.PartnerOutcomes),
            LabelledAt = LabelMinimisation.Month(label.DecidedAt),
            RandomCheck = label.RandomCheck,
            InclusionProbability = label.RandomCheck ? label.InclusionProbability : null,
            Features = row.Features?.Values,
            FeatureSchemaId = row.Features?.SchemaId,
        };
    }
}
