using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Labels;

namespace BorderScreening.Model.Synthetic;

/// <summary>One generated record with its ground truth, its observed (noisy) label and the counts it would have seen.</summary>
public sealed record GeneratedExample
{
    /// <summary>The record as a feed would submit it.</summary>
    public required ScreeningRecord Record { get; init; }

    /// <summary>Whether the record belongs to an injected trafficking scenario (known only because it is synthetic).</summary>
    public bool TrueLabel { get; init; }

    /// <summary>
    /// What review would have recorded: true (confirmed), false (reviewed and cleared) or null (never
    /// reviewed, the common case). About 30% of true cases stay null; a few false cases are labelled true.
    /// </summary>
    public bool? ObservedLabel { get; init; }

    /// <summary>The typology of the injected scenario (null for negatives).</summary>
    public Typology? Typology { get; init; }

    /// <summary>The scenario that produced the record.</summary>
    public ScenarioKind Scenario { get; init; }

    /// <summary>When the record was screened.</summary>
    public DateTimeOffset ScreenedAt { get; init; }

    /// <summary>Rolling counts of records naming the same entities, as seen at <see cref="ScreenedAt"/>.</summary>
    public NetworkCounts Counts { get; init; } = NetworkCounts.Empty;

    /// <summary>The label used for training: only confirmed cases are positive.</summary>
    public bool TrainingLabel => ObservedLabel == true;

    /// <summary>The context the indicators and the model see. Pseudonyms are a stand-in without values.</summary>
    public ScreeningContext ToContext() => new(Record, StandInPseudonyms, Counts, ScreenedAt);

    /// <summary>The example as a labelled training example with provenance.</summary>
    public LabelledExample ToLabelled(string source = "synthetic", string? reference = null) => new()
    {
        Record = Record,
        ScreenedAt = ScreenedAt,
        Counts = LabelledExample.ToEntries(Counts),
        Label = TrainingLabel,
        TrueLabel = TrueLabel,
        Typology = Typology,
        Source = source,
        LabelReference = reference,
    };

    private static readonly Pseudonyms StandInPseudonyms = new() { KeyId = "synthetic" };
}
