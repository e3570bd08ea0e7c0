namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>True when any child is true; false when every child is false; otherwise unknown.</summary>
internal sealed class AnyNode(ConditionNode[] children) : ConditionNode
{
    // Only names every branch produces are guaranteed, whichever branch fires.
    public override IReadOnlySet<string> Produces { get; } = children
        .Select(c => (IEnumerable<string>)c.Produces)
        .Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal))
        .ToHashSet(StringComparer.Ordinal);

    public override Truth Evaluate(in EvaluationInput input, ref string? reason)
    {
        var unknown = false;
        string? firstReason = null;
        foreach (var child in children)
        {
            string? childReason = null;
            switch (child.Evaluate(in input, ref childReason))
            {
                case Truth.True:
                    return Truth.True;
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

        return Truth.False;
    }

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        foreach (var child in children)
        {
            string? ignored = null;
            if (child.Evaluate(in input, ref ignored) == Truth.True)
            {
                child.CollectValues(in input, values);
                return;
            }
        }
    }

    public override string Describe() => "(" + string.Join(" OR ", children.Select(c => c.Describe())) + ")";
}
