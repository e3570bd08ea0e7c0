using System.Collections.Frozen;
using System.Globalization;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>A comparison with its literal operands, parsed and typed at load time.</summary>
internal sealed class Comparison
{
    public required ComparisonOperator Operator { get; init; }

    public decimal Number { get; init; }

    public decimal NumberMax { get; init; }

    public DateOnly Date { get; init; }

    public DateOnly DateMax { get; init; }

    public bool Flag { get; init; }

    public string? Text { get; init; }

    public FrozenSet<string>? Set { get; init; }

    public bool Test(decimal value) => Operator switch
    {
        ComparisonOperator.Eq => value == Number,
        ComparisonOperator.Ne => value != Number,
        ComparisonOperator.Lt => value < Number,
        ComparisonOperator.Le => value <= Number,
        ComparisonOperator.Gt => value > Number,
        ComparisonOperator.Ge => value >= Number,
        ComparisonOperator.Between => value >= Number && value <= NumberMax,
        _ => false,
    };

    public bool Test(DateOnly value) => Operator switch
    {
        ComparisonOperator.Eq => value == Date,
        ComparisonOperator.Ne => value != Date,
        ComparisonOperator.Lt => value < Date,
        ComparisonOperator.Le => value <= Date,
        ComparisonOperator.Gt => value > Date,
        ComparisonOperator.Ge => value >= Date,
        ComparisonOperator.Between => value >= Date && value <= DateMax,
        _ => false,
    };

    public bool Test(bool value) => Operator switch
    {
        ComparisonOperator.Eq => value == Flag,
        ComparisonOperator.Ne => value != Flag,
        _ => false,
    };

    public bool Test(string value) => Operator switch
    {
        ComparisonOperator.Eq => string.Equals(value, Text, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.Ne => !string.Equals(value, Text, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.In => Set!.Contains(value),
        ComparisonOperator.NotIn => !Set!.Contains(value),
        _ => false,
    };

    public string Describe(IndicatorFieldType type)
    {
        var symbol = Operator switch
        {
            ComparisonOperator.Eq => "=",
            ComparisonOperator.Ne => "≠",
            ComparisonOperator.Lt => "<",
            ComparisonOperator.Le => "≤",
            ComparisonOperator.Gt => ">",
            ComparisonOperator.Ge => "≥",
            ComparisonOperator.In => "in",
            ComparisonOperator.NotIn => "not in",
            ComparisonOperator.Between => "between",
            ComparisonOperator.Present => "is present",
            _ => "is absent",
        };
        var operand = Operator switch
        {
            ComparisonOperator.Present or ComparisonOperator.Absent => "",
            ComparisonOperator.In or ComparisonOperator.NotIn => " {" + string.Join(", ", Set!.Order(StringComparer.Ordinal)) + "}",
            ComparisonOperator.Between when type == IndicatorFieldType.Date => $" {Iso(Date)} and {Iso(DateMax)}",
            ComparisonOperator.Between => $" {FieldValue.FormatNumber(Number)} and {FieldValue.FormatNumber(NumberMax)}",
            _ => " " + type switch
            {
                IndicatorFieldType.Number => FieldValue.FormatNumber(Number),
                IndicatorFieldType.Date => Iso(Date),
                IndicatorFieldType.Boolean => Flag ? "true" : "false",
                _ => Text,
            },
        };
        return symbol + operand;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
