using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// A field a condition may read: a name, a type and a typed accessor written out by hand in
/// <see cref="IndicatorFieldRegistry"/>. There is no other way for a rule to reach a record.
/// </summary>
internal sealed class IndicatorField
{
    internal IndicatorField(string name, RecordKind kind, IndicatorFieldType type, string description, IReadOnlyList<string> allowedValues, Func<ScreeningRecord, FieldValue> read)
    {
        Name = name;
        Kind = kind;
        Type = type;
        Description = description;
        AllowedValues = allowedValues;
        Read = read;
    }

    /// <summary>Name used in catalogue conditions, e.g. "booking.paidBy".</summary>
    public string Name { get; }

    /// <summary>The record kind the field belongs to.</summary>
    public RecordKind Kind { get; }

    /// <summary>The field type; decides which operators apply.</summary>
    public IndicatorFieldType Type { get; }

    /// <summary>What the field holds.</summary>
    public string Description { get; }

    /// <summary>For <see cref="IndicatorFieldType.Choice"/> fields: the values a condition may name.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    internal Func<ScreeningRecord, FieldValue> Read { get; }
}
