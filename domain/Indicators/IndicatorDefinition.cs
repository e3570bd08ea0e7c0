using BorderScreening.Domain.Indicators.Conditions;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

/// <summary>One indicator of a loaded catalogue, with its compiled condition.</summary>
public sealed class IndicatorDefinition
{
    internal IndicatorDefinition(ConditionNode condition) => Condition = condition;

    /// <summary>Stable id, e.g. "TRV-MINOR-UNACCOMPANIED".</summary>
    public required string Id { get; init; }

    /// <summary>The record kind it applies to.</summary>
    public required RecordKind AppliesTo { get; init; }

    /// <summary>The typology it points to.</summary>
    public required Typology Typology { get; init; }

    /// <summary>Evidence strength after the ILO/EC operational indicators.</summary>
    public required IndicatorStrength Strength { get; init; }

    /// <summary>Weight added to its typology's sum; negative for an exonerating circumstance.</summary>
    public required double Weight { get; init; }

    /// <summary>Whether firing forces a human review whatever the score.</summary>
    public required bool ForcesReview { get; init; }

    /// <summary>Life-cycle status.</summary>
    public required IndicatorStatus Status { get; init; }

    /// <summary>Title template in Dutch and English.</summary>
    public required LocalizedTemplate Title { get; init; }

    /// <summary>Explanation template in Dutch and English, with placeholders for the actual values.</summary>
    public required LocalizedTemplate Explanation { get; init; }

    /// <summary>The published indicator list it is drawn from.</summary>
    public required string Source { get; init; }

    /// <summary>Who answers for the indicator.</summary>
    public required string Owner { get; init; }

    /// <summary>Date by which the indicator must be reviewed again.</summary>
    public required DateOnly ReviewBy { get; init; }

    /// <summary>
    /// The jurisdictions whose law or policy the indicator is drawn from; null where it applies
    /// everywhere. Elsewhere it is not evaluated at all.
    /// </summary>
    public IReadOnlySet<Jurisdiction>? Jurisdictions { get; init; }

    /// <summary>Whether the indicator is evaluated for records of the jurisdiction.</summary>
    public bool AppliesIn(Jurisdiction jurisdiction) => Jurisdictions is null || Jurisdictions.Contains(jurisdiction);

    /// <summary>Free notes (rationale, history).</summary>
    public string? Notes { get; init; }

    /// <summary>The strength as written in assessments: "strong", "medium" or "weak".</summary>
    public string StrengthName => Strength switch
    {
        IndicatorStrength.Strong => "strong",
        IndicatorStrength.Medium => "medium",
        _ => "weak",
    };

    /// <summary>Whether the indicator describes an exonerating circumstance (negative weight).</summary>
    public bool IsExonerating => Weight < 0;

    /// <summary>The condition in readable form, e.g. "(ageYears(birthDate) &lt; 18 AND travellingWithGuardian = false)".</summary>
    public string ConditionText => Condition.Describe();

    /// <summary>The value names the condition produces for the templates.</summary>
    public IReadOnlySet<string> ValueNames => Condition.Produces;

    internal ConditionNode Condition { get; }
}
