namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>Negation; unknown stays unknown. Produces no values (a negated fact has none to show).</summary>
internal sealed class NotNode(ConditionNode child) : ConditionNode
{
    public override IReadOnlySet<string> Produces { get; } = new HashSet<string>(StringComparer.Ordinal);

    public override Truth Evaluate(in EvaluationInput input, ref string? reason) =>
        child.Evaluate(in input, ref reason) switch
        {
            Truth.True => Truth.False,
            Truth.False => Truth.True,
            _ => Truth.Unknown,
        };

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
    }

    public override string Describe() => "NOT " + child.Describe();
}
