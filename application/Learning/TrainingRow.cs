using BorderScreening.Application.Assessments;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Learning;

/// <summary>
/// One decided case joined to what its assessment stored when the record was scored: the record, the
/// screening time, the network counts and the features the model saw (point in time), for training
/// straight from the store. Read in memory by the trainer and never written anywhere as such.
/// </summary>
/// <param name="Label">The decision label.</param>
/// <param name="Record">The record as the case holds it.</param>
/// <param name="ScreenedAt">When the record was screened.</param>
/// <param name="NetworkCounts">The rolling counts stored with the assessment ("Sponsor/30d" → n).</param>
/// <param name="Features">The stored features and their schema id; null when the row holds none.</param>
/// <param name="CatalogueVersion">Catalogue the record was scored with.</param>
/// <param name="ModelVersion">Model the record was scored with.</param>
/// <param name="PartnerOutcomes">What the partners of the case's referrals recorded (empty when none did):
/// they override the reviewer's label as in the label export.</param>
public sealed record TrainingRow(
    DecisionLabel Label,
    ScreeningRecord Record,
    DateTimeOffset ScreenedAt,
    IReadOnlyDictionary<string, int> NetworkCounts,
    StoredFeatures? Features,
    string CatalogueVersion,
    string ModelVersion,
    IReadOnlyList<PartnerOutcomeKind> PartnerOutcomes)
{
    /// <summary>The label the partners' outcomes give, or null when none gives one (the reviewer's stands).</summary>
    public int? OutcomeLabel => PartnerOutcomeKinds.LabelFor(PartnerOutcomes);

    /// <summary>The label training uses: the partners' when they give one, else the reviewer's.</summary>
    public int? EffectiveLabel => OutcomeLabel ?? Label.Label;
}
