namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>Compares one registry field with a literal (eq, ne, lt, le, gt, ge, in, notIn, between, present, absent).</summary>
internal sealed class FieldComparisonNode : ConditionNode
{
    private readonly IndicatorField _field;
    private readonly Comparison _comparison;
    private readonly string _valueName;

    public FieldComparisonNode(IndicatorField field, Comparison comparison, string valueName)
    {
        _field = field;
        _comparison = comparison;
        _valueName = valueName;
        Produces = comparison.Operator == ComparisonOperator.Absent || valueName.Length == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal) { valueName };
    }

    public override IReadOnlySet<string> Produces { get; }

    public override Truth Evaluate(in EvaluationInput input, ref string? reason)
    {
        var value = _field.Read(input.Record);
        switch (_comparison.Operator)
        {
            case ComparisonOperator.Present:
                return value.IsMissing ? Truth.False : Truth.True;
            case ComparisonOperator.Absent:
                return value.IsMissing ? Truth.True : Truth.False;
        }

        if (value.IsMissing)
        {
            reason = value.MissingReason;
            return Truth.Unknown;
        }

        var holds = _field.Type switch
        {
            IndicatorFieldType.Number => _comparison.Test(value.Number),
            IndicatorFieldType.Date => _comparison.Test(value.Date),
            IndicatorFieldType.Boolean => _comparison.Test(value.Flag),
            _ => _comparison.Test(value.Text!),
        };
        return holds ? Truth.True : Truth.False;
    }

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        if (Produces.Count == 0)
        {
            return;
        }

        var value = _field.Read(input.Record);
        if (!value.IsMissing)
        {
            values[_valueName] = value.Format(_field.Type);
        }
    }

    public override string Describe() => $"{_field.Name} {_comparison.Describe(_field.Type)}";
}
