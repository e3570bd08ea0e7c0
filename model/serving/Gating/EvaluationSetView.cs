namespace BorderScreening.Model.Serving.Gating;

/// <summary>The frozen evaluation set as the API shows it (without its rows).</summary>
public sealed record EvaluationSetView(string Id, string ContentHash, string Kind, string Description, int Rows, int Positives, DateTimeOffset FrozenAt, string FrozenBy, string Reason)
{
    /// <summary>The view of a set.</summary>
    public static EvaluationSetView From(FrozenEvaluationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return new(set.Id, set.ContentHash, set.Kind, set.Description, set.Rows.Count, set.Positives, set.FrozenAt, set.FrozenBy, set.Reason);
    }
}
