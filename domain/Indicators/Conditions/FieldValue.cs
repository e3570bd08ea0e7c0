using System.Globalization;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// A field's value read from a record, or the reason it is missing. A struct, so reading a field
/// allocates nothing.
/// </summary>
internal readonly struct FieldValue
{
    private FieldValue(string? missing, decimal number, string? text, DateOnly date, bool flag)
    {
        MissingReason = missing;
        Number = number;
        Text = text;
        Date = date;
        Flag = flag;
    }

    public string? MissingReason { get; }

    public decimal Number { get; }

    public string? Text { get; }

    public DateOnly Date { get; }

    public bool Flag { get; }

    public bool IsMissing => MissingReason is not null;

    public static FieldValue Missing(string reason) => new(reason, 0, null, default, false);

    public static FieldValue Of(decimal value) => new(null, value, null, default, false);

    public static FieldValue Of(string value) => new(null, 0, value, default, false);

    public static FieldValue Of(DateOnly value) => new(null, 0, null, value, false);

    public static FieldValue Of(bool value) => new(null, 0, null, default, value);

    public static FieldValue Of(decimal? value, string missing) => value is { } v ? Of(v) : Missing(missing);

    public static FieldValue Of(int? value, string missing) => value is { } v ? Of((decimal)v) : Missing(missing);

    public static FieldValue Of(bool? value, string missing) => value is { } v ? Of(v) : Missing(missing);

    public static FieldValue Of(DateOnly? value, string missing) => value is { } v ? Of(v) : Missing(missing);

    public static FieldValue OfText(string? value, string missing) =>
        string.IsNullOrWhiteSpace(value) ? Missing(missing) : Of(value);

    /// <summary>The value as a reviewer reads it in an explanation.</summary>
    public string Format(IndicatorFieldType type) => type switch
    {
        IndicatorFieldType.Boolean => Flag ? "true" : "false",
        IndicatorFieldType.Number => FormatNumber(Number),
        IndicatorFieldType.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Text ?? "",
    };

    public static string FormatNumber(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
