using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// True when a border officer recorded any of the codes. Observations are recorded when seen, so
/// an empty list is an evaluated "no" rather than a missing input.
/// </summary>
internal sealed class HasObservationNode(string[] codes, string valueName) : ConditionNode
{
    public override IReadOnlySet<string> Produces { get; } = new HashSet<string>(StringComparer.Ordinal) { valueName };

    public override Truth Evaluate(in EvaluationInput input, ref string? reason) =>
        First(input.Record) is null ? Truth.False : Truth.True;

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        if (First(input.Record) is { } code)
        {
            values[valueName] = code;
        }
    }

    public override string Describe() => $"hasObservation({string.Join(" or ", codes)})";

    private string? First(ScreeningRecord record)
    {
        if (record is not TravellerRecord traveller)
        {
            return null;
        }

        foreach (var observation in traveller.Observations)
        {
            foreach (var code in codes)
            {
                if (string.Equals(observation, code, StringComparison.Ordinal))
                {
                    return code;
                }
            }
        }

        return null;
    }
}
