using System.Collections.Frozen;

namespace BorderScreening.Domain.Common;

/// <summary>
/// Strict reading of enumeration values from outside (JSON bodies, query strings, stored codes):
/// exactly one declared name, case-insensitive. <see cref="Enum.TryParse{TValue}(string, bool, out TValue)"/>
/// is not used for input because it also accepts numbers ("12345" becomes an undefined value) and
/// comma lists ("A, B" becomes the bitwise or of two names, which can be a third, unrelated name).
/// </summary>
public static class EnumNames
{
    // The type parameter is TValue, not TEnum: ArchUnitNET mistakes a TEnum here for the one of
    // IndicatorFieldRegistry's private EnumNames<TEnum> and reports a cycle between feature folders.

    /// <summary>The value named <paramref name="text"/> (ignoring case); false for anything else.</summary>
    public static bool TryParse<TValue>(string? text, out TValue value)
        where TValue : struct, Enum
    {
        value = default;
        return text is not null && Names<TValue>.ByName.TryGetValue(text, out value);
    }

    /// <summary>The declared names, in declaration order.</summary>
    public static IReadOnlyList<string> All<TValue>()
        where TValue : struct, Enum => Names<TValue>.All;

    /// <summary>The names for a message: "A, B or C".</summary>
    public static string Listed<TValue>()
        where TValue : struct, Enum => Names<TValue>.Listed;

    private static class Names<TValue>
        where TValue : struct, Enum
    {
        public static readonly FrozenDictionary<string, TValue> ByName =
            Enum.GetValues<TValue>().ToFrozenDictionary(v => v.ToString(), v => v, StringComparer.OrdinalIgnoreCase);

        public static readonly string[] All = Enum.GetNames<TValue>();

        public static readonly string Listed = All.Length == 1 ? All[0] : string.Join(", ", All[..^1]) + " or " + All[^1];
    }
}
