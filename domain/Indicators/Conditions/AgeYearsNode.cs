namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>Age in whole years from a date field to the screening date, compared with a number.</summary>
internal sealed class AgeYearsNode(IndicatorField field, Comparison comparison, string valueName) : ConditionNode
{
    public override IReadOnlySet<string> Produces { get; } = new HashSet<string>(StringComparer.Ordinal) { valueName };

    public override Truth Evaluate(in EvaluationInput input, ref string? reason)
    {
        var age = Age(in input, ref reason);
        return age is null ? Truth.Unknown : comparison.Test(age.Value) ? Truth.True : Truth.False;
    }

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        string? ignored = null;
        if (Age(in input, ref ignored) is { } age)
        {
            values[valueName] = FieldValue.FormatNumber(age);
        }
    }

    public override string Describe() => $"ageYears({field.Name}) {comparison.Describe(IndicatorFieldType.Number)}";

    internal static int YearsBetween(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return today < birth.AddYears(age) ? age - 1 : age;
    }

    private int? Age(in EvaluationInput input, ref string? reason)
    {
        var value = field.Read(input.Record);
        if (value.IsMissing)
        {
            reason = value.MissingReason;
            return null;
        }

        if (value.Date > input.Today)
        {
            reason = $"{field.Name} is after the screening date";
            return null;
        }

        return YearsBetween(value.Date, input.Today);
    }
}
