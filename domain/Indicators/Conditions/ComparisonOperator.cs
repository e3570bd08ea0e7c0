namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>Comparisons a condition can make on a field or a derived number.</summary>
internal enum ComparisonOperator
{
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Between,
    Present,
    Absent,
}
