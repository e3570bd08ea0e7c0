namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>Days from one date field to another (negative when the second is earlier), compared with a number.</summary>
internal sealed class DaysBetweenNode(IndicatorField from, IndicatorField to, Comparison comparison, string valueName) : ConditionNode
{
    public override IReadOnlySet<string> Produces { get; } = new HashSet<string>(StringComparer.Ordinal) { valueName };

    public override Truth Evaluate(in EvaluationInput input, ref string? reason)
    {
        var days = Days(in input, ref reason);
        return days is null ? Truth.Unknown : comparison.Test(days.Value) ? Truth.True : Truth.False;
    }

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        string? ignored = null;
        if (Days(in input, ref ignored) is { } days)
        {
            values[valueName] = FieldValue.FormatNumber(days);
        }
    }

    public override string Describe() => $"daysBetween({from.Name}, {to.Name}) {comparison.Describe(IndicatorFieldType.Number)}";

    private int? Days(in EvaluationInput input, ref string? reason)
    {
        var start = from.Read(input.Record);
        if (start.IsMissing)
        {
            reason = start.MissingReason;
            return null;
        }

        var end = to.Read(input.Record);
        if (end.IsMissing)
        {
            reason = end.MissingReason;
            return null;
        }

        return end.Date.DayNumber - start.Date.DayNumber;
    }
}
