namespace BorderScreening.Application.Oversight.Statistics;

/// <summary>One figure as shown: the value (null when suppressed) and its text.</summary>
/// <param name="Value">Exact value, the rounded value for publication, or null when suppressed.</param>
/// <param name="Text">What a report prints ("&lt;10" for a suppressed count).</param>
public sealed record PublishedFigure(double? Value, string Text)
{
    /// <summary>Whether the figure was withheld.</summary>
    public bool Suppressed => Value is null;
}
