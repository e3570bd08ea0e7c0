namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>True when every child is true; false when any child is false; otherwise unknown.</summary>
internal sealed class AllNode(ConditionNode[] children) : ConditionNode
{
    public override IReadOnlySet<string> Produces { get; } = children.SelectMany(c => c.Produces).ToHashSet(StringComparer.Ordinal);

    public override Truth Evaluate(in EvaluationInput input, ref string? reason)
    {
        var unknown = false;
        string? firstReason = null;
        foreach (var child in children)
        {
            string? childReason = null;
            switch (child.Evaluate(in input, ref childReason))
            {
                case Truth.False:
                    return Truth.False;
                case Truth.Unknown:
                    unknown = true;
                    firstReason ??= childReason;
                    break;
            }
        }

        if (unknown)
        {
            reason = firstReason;
            return Truth.Unknown;
        }

        return Truth.True;
    }

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        foreach (var child in children)
        {
            child.CollectValues(in input, values);
        }
    }

    public override string Describe() => "(" + string.Join(" AND ", children.Select(c => c.Describe())) + ")";
}
