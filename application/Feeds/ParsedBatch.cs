namespace BorderScreening.Application.Feeds;

/// <summary>
/// What a reader made of one input. <see cref="Errors"/> holds problems with the input as a whole
/// (unreadable envelope, too large); per-record problems sit on each <see cref="ParsedRecord"/>.
/// </summary>
public sealed record ParsedBatch(IReadOnlyList<ParsedRecord> Records, IReadOnlyList<FieldError> Errors)
{
    /// <summary>Whether nothing at all could be read.</summary>
    public bool IsUnreadable => Records.Count == 0 && Errors.Count > 0;

    /// <summary>A batch that could not be read at all.</summary>
    public static ParsedBatch Unreadable(params FieldError[] errors) => new([], errors);
}
