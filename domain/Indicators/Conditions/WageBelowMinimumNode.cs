namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// True when the offered hourly wage is below the statutory adult minimum of the record's
/// jurisdiction (table in the catalogue), times an optional factor.
/// </summary>
internal sealed class WageBelowMinimumNode(IndicatorField wageField, decimal factor) : ConditionNode
{
    public override IReadOnlySet<string> Produces { get; } = new HashSet<string>(StringComparer.Ordinal) { "wage", "minimumWage", "currency" };

    public override Truth Evaluate(in EvaluationInput input, ref string? reason)
    {
        var wage = wageField.Read(input.Record);
        if (wage.IsMissing)
        {
            reason = wage.MissingReason;
            return Truth.Unknown;
        }

        if (!input.MinimumWages.TryGetValue(input.Record.Jurisdiction, out var minimum))
        {
            reason = "no statutory minimum wage for the jurisdiction in the catalogue";
            return Truth.Unknown;
        }

        return wage.Number < minimum.Hourly * factor ? Truth.True : Truth.False;
    }

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        var wage = wageField.Read(input.Record);
        if (!wage.IsMissing && input.MinimumWages.TryGetValue(input.Record.Jurisdiction, out var minimum))
        {
            values["wage"] = FieldValue.FormatNumber(wage.Number);
            values["minimumWage"] = FieldValue.FormatNumber(minimum.Hourly * factor);
            values["currency"] = minimum.Currency;
        }
    }

    public override string Describe() => factor == 1m
        ? $"wageBelowMinimum({wageField.Name})"
        : $"wageBelowMinimum({wageField.Name}, factor {FieldValue.FormatNumber(factor)})";
}
