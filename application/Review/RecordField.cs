namespace BorderScreening.Application.Review;

/// <summary>One fact of the record.</summary>
public sealed record RecordField(string Key, string LabelEn, string LabelNl, string Value);
