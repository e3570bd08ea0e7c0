namespace BorderScreening.Model.Serving.Labels;

/// <summary>
/// Where an exported label comes from (<see cref="LabelledExample.LabelSource"/>), so training lineage
/// can count its labels by source. Strongest first: a partner's outcome overrides the reviewer's decision.
/// </summary>
public static class LabelSources
{
    /// <summary>A partner's recorded outcome of the referral (confirmed victim, exploitation found, no indication).</summary>
    public const string Outcome = "outcome";

    /// <summary>A reviewer's decision on a random check of a record nobody flagged.</summary>
    public const string RandomCheck = "random-check";

    /// <summary>A joint inspection's finding against an entity the record names (check planning).</summary>
    public const string Inspection = "inspection";

    /// <summary>A reviewer's decision on a hit.</summary>
    public const string Review = "review";

    /// <summary>The synthetic generator's label (for lineage counts; synthetic examples carry it in <see cref="LabelledExample.Source"/>).</summary>
    public const string Synthetic = "synthetic";
}
