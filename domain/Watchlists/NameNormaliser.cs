using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// Turns a written name into comparable tokens: other scripts transliterated, diacritics and case
/// removed, punctuation split (dots and apostrophes joined: "N.V." → "NV", "O'Brien" → "OBRIEN"),
/// then words that do not identify anyone dropped — Dutch tussenvoegsels, Spanish and Portuguese
/// particles, titles, and for organisations legal forms. Dropping the particles is what makes
/// "van der Berg, Jan" and "Jan Berg" or "de la Cruz" and "Cruz" meet.
/// </summary>
public static class NameNormaliser
{
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
    [
        "VAN", "DER", "DEN", "DE", "HET", "TER", "TEN", "T", "TE", "IN", "OP", "VON", "ZU", "DI", "DA", "DEL", "DELLA", "DOS", "DAS", "DO", "DU",
        "LA", "LE", "LOS", "LAS", "Y", "E", "EL", "AL", "BIN", "BEN", "IBN", "BINT", "MR", "MRS", "MS", "MISS", "DR", "SR", "SRA", "JR", "MEVR", "DHR",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
    [
        "NV", "BV", "VOF", "CV", "LLC", "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "SA", "SRL", "SAS", "SL",
        "GMBH", "AG", "PLC", "LP", "LLP", "SOCIEDAD", "ANONIMA", "CIA", "COMPANIA", "HOLDING", "HOLDINGS", "GROUP", "THE", "AND", "EN", "STICHTING", "FOUNDATION",
    ], StringComparer.Ordinal);

    // Glued particle prefixes that are never the start of a surname themselves ("DELAROSA" → "ROSA").
    private static readonly string[] GluedPrefixes = ["VANDER", "VANDEN", "VANDE", "DELOS", "DELAS", "DELA"];

    // Wade-Giles and older romanisations of common Chinese surnames, mapped to pinyin.
    private static readonly FrozenDictionary<string, string> Romanisations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HSU"] = "XU", ["CHOU"] = "ZHOU", ["CHANG"] = "ZHANG", ["TSAI"] = "CAI", ["CHIANG"] = "JIANG", ["HSIEH"] = "XIE", ["KUO"] = "GUO",
        ["TSENG"] = "ZENG", ["HSIAO"] = "XIAO", ["CHAO"] = "ZHAO", ["CHU"] = "ZHU", ["CHENG"] = "ZHENG",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The tokens of a person's name (given names and surname in any order).</summary>
    public static string[] Person(string? givenNames, string? surname) => Tokens(givenNames + " " + surname, LegalForms: false);

    /// <summary>The tokens of an organisation's name, legal-form words dropped.</summary>
    public static string[] Organisation(string? name) => Tokens(name, LegalForms: true);

    /// <summary>Upper-case A–Z text of <paramref name="value"/> (scripts transliterated, diacritics removed), with spaces where it had separators.</summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        // Most names on documents are plain ASCII already: decomposing them would only cost time.
        var text = System.Text.Ascii.IsValid(value) ? value : value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Transliteration.Of(c) is { } latin)
            {
                builder.Append(latin);
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
            }

            var upper = char.ToUpperInvariant(c);
            switch (upper)
            {
                case >= 'A' and <= 'Z' or >= '0' and <= '9':
                    builder.Append(upper);
                    break;
                case '.' or '\'' or '’' or '`' or 'ʼ':
                    break;
                case 'ß': builder.Append("SS"); break;
                case 'Æ': builder.Append("AE"); break;
                case 'Œ': builder.Append("OE"); break;
                case 'Ø': builder.Append('O'); break;
                case 'Ł': builder.Append('L'); break;
                case 'Đ' or 'Ð': builder.Append('D'); break;
                case 'Þ': builder.Append("TH"); break;
                case 'I' or 'İ' or 'ı': builder.Append('I'); break;
                default:
                    builder.Append(char.IsLetter(upper) ? upper : ' ');
                    break;
            }
        }

        return builder.ToString();
    }

    private static string[] Tokens(string? value, bool LegalForms)
    {
        var raw = Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(raw.Length);
        foreach (var token in raw)
        {
            if (Particles.Contains(token) || (LegalForms && NameNormaliser.LegalForms.Contains(token)))
            {
                continue;
            }

            kept.Add(Canonical(token));
        }

        // A name of particles only ("De La") keeps its words rather than vanish.
        return kept.Count > 0 ? [.. kept] : raw;
    }

    private static string Canonical(string token)
    {
        foreach (var prefix in GluedPrefixes)
        {
            if (token.Length >= prefix.Length + 4 && token.StartsWith(prefix, StringComparison.Ordinal))
            {
                token = token[prefix.Length..];
                break;
            }
        }

        return Romanisations.GetValueOrDefault(token, token);
    }
}
