namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>The type of a field a condition can read.</summary>
internal enum IndicatorFieldType
{
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>A decimal number (amounts, hours, counts).</summary>
    Number,
    /// <summary>Free text, compared case-insensitively.</summary>
    Text,
    /// <summary>One of a closed set of values (an enumeration in the record model).</summary>
    Choice,
    /// <summary>A calendar date.</summary>
    Date,
}
