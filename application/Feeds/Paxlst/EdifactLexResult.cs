namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>What the lexer made of an interchange.</summary>
/// <param name="Segments">The segments in order (UNA is not a segment).</param>
/// <param name="Separators">The separators in force.</param>
/// <param name="Warnings">Deviations concerning the interchange as a whole (teletype envelope, trailer, separators).</param>
/// <param name="Error">Set when the input cannot be read as EDIFACT at all.</param>
internal sealed record EdifactLexResult(
    IReadOnlyList<EdifactSegment> Segments,
    ServiceStringAdvice Separators,
    IReadOnlyList<string> Warnings,
    FieldError? Error);
