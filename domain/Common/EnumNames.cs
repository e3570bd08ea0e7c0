using System.Collections.Frozen;

namespace BorderScreening.Domain.Common;

/// <summary>
/// Strict reading of enumeration values from outside (JSON bodies, query strings, stored codes):
/// exactly one declared name, case-insensitive. <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
/// is not used for input because it also accepts numbers ("12345" becomes an undefined value) and
/// comma lists ("A, B" becomes the bitwise or of two names, which can be a third, unrelated name).
/// </summary>
public static class EnumNames
{
    /// <summary>The value named <paramref name="text"/> (ignoring case); false for anything else.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text is not null && Names<TEnum>.ByName.TryGetValue(text, out value);
    }

    /// <summary>The declared names, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.All;

    /// <summary>The names for a message: "A, B or C".</summary>
    public static string Listed<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.Listed;

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v.ToString(), v => v, StringComparer.OrdinalIgnoreCase);

        public static readonly string[] All = Enum.GetNames<TEnum>();

        public static readonly string Listed = All.Length == 1 ? All[0] : string.Join(", ", All[..^1]) + " or " + All[^1];
    }
}
