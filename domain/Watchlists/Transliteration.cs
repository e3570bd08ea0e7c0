using System.Collections.Frozen;

namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// Latin spellings of the Cyrillic, Greek and (unvowelled) Arabic letters, close to the ICAO 9303
/// machine-readable-zone conventions, so a list entry written in one script meets a travel document
/// written in another. Letters outside these tables pass through unchanged.
/// </summary>
internal static class Transliteration
{
    private static readonly FrozenDictionary<char, string> Map = Build();

    /// <summary>The Latin spelling of <paramref name="c"/>, or null when it needs none.</summary>
    public static string? Of(char c) => c < 0x0370 ? null : Map.GetValueOrDefault(c);

    private static FrozenDictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        void Add(string letters, params string[] latin)
        {
            for (var i = 0; i < letters.Length; i++)
            {
                map[letters[i]] = latin[i];
            }
        }

        // Cyrillic (Russian, Ukrainian, Bulgarian), upper and lower case.
        string[] cyrillic = ["A", "B", "V", "G", "D", "E", "E", "ZH", "Z", "I", "I", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "F", "KH", "TS", "CH", "SH", "SHCH", "", "Y", "", "E", "IU", "IA"];
        Add("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", cyrillic);
        Add("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", cyrillic);
        Add("ІЇЄҐіїєґ", "I", "I", "IE", "G", "I", "I", "IE", "G");

        // Greek (accents are stripped before this table is read).
        string[] greek = ["A", "V", "G", "D", "E", "Z", "I", "TH", "I", "K", "L", "M", "N", "X", "O", "P", "R", "S", "T", "Y", "F", "CH", "PS", "O"];
        Add("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", greek);
        Add("αβγδεζηθικλμνξοπρστυφχψω", greek);
        Add("ς", "S");

        // Arabic consonants; short vowels are not written, so "محمد" becomes "MHMD". Waw and ya are
        // read as the long vowels they mostly are in names ("يوسف" → "IUSF"), ʿain as the A it is written as ("علي" → "ALI").
        Add("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
            "", "A", "A", "U", "I", "I", "A", "B", "A", "T", "TH", "J", "H", "KH", "D", "DH", "R", "Z", "S", "SH", "S", "D", "T", "Z", "A", "GH", "F", "Q", "K", "L", "M", "N", "H", "U", "A", "I");
        return map.ToFrozenDictionary();
    }
}
