namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>Three-valued result of a condition: missing inputs are <see cref="Unknown"/>, never false.</summary>
internal enum Truth : byte
{
    False,
    True,
    Unknown,
}
