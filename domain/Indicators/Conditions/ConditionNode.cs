namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// One node of a compiled condition tree. Built once when a catalogue loads; evaluation reads typed
/// accessors and allocates nothing. Values for the explanation are collected only for fired indicators.
/// </summary>
internal abstract class ConditionNode
{
    /// <summary>
    /// Evaluates the node. On <see cref="Truth.Unknown"/>, <paramref name="reason"/> holds why
    /// (the first missing input met).
    /// </summary>
    public abstract Truth Evaluate(in EvaluationInput input, ref string? reason);

    /// <summary>Adds the node's values to <paramref name="values"/>; called only when the node is true.</summary>
    public abstract void CollectValues(in EvaluationInput input, Dictionary<string, string> values);

    /// <summary>The value names the node guarantees when true (what templates may use).</summary>
    public abstract IReadOnlySet<string> Produces { get; }

    /// <summary>A readable rendering of the condition, for the documentation.</summary>
    public abstract string Describe();
}
