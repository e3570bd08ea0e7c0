using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds;

/// <summary>
/// One record read from a feed: either a record (possibly with warnings about deviations the reader
/// tolerated) or the errors that kept it from being read.
/// </summary>
/// <param name="Index">Zero-based position of the record in the input.</param>
/// <param name="Record">The record, or null when it could not be read.</param>
/// <param name="Errors">Why the record could not be read or is invalid.</param>
/// <param name="Warnings">Tolerated deviations (count mismatches, unexpected characters, ...).</param>
public sealed record ParsedRecord(
    int Index,
    ScreeningRecord? Record,
    IReadOnlyList<FieldError> Errors,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Whether the record can be screened.</summary>
    public bool IsValid => Record is not null && Errors.Count == 0;

    /// <summary>A valid record.</summary>
    public static ParsedRecord Valid(int index, ScreeningRecord record, IReadOnlyList<string>? warnings = null) =>
        new(index, record, [], warnings ?? []);

    /// <summary>A record that could not be used.</summary>
    public static ParsedRecord Invalid(int index, IReadOnlyList<FieldError> errors, ScreeningRecord? record = null) =>
        new(index, record, errors, []);
}
