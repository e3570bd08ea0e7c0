namespace BorderScreening.Domain.Indicators;

/// <summary>One problem found while loading a catalogue.</summary>
/// <param name="IndicatorId">The indicator it concerns (null for catalogue-level problems).</param>
/// <param name="Path">JSON path of the offending element, e.g. <c>indicators[3].condition.field</c>.</param>
/// <param name="Message">What is wrong, naming the field or value.</param>
public sealed record CatalogueError(string? IndicatorId, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        IndicatorId is null ? $"{Path}: {Message}" : $"indicator {IndicatorId}: {Path}: {Message}";
}
