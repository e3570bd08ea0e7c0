namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// A consonant skeleton of a token, tuned to the spellings met in the Caribbean (Spanish, Dutch,
/// English, Papiamentu, French Creole) and to transliterated Arabic: letters that sound alike are
/// merged (C/K/Q, S/Z, B/V/W, PH/F, TH/T, SH/S), doubled letters, vowels, H, J and Y dropped after
/// the first letter. "Mohammed", "Muhammad" and "محمد" all become "MMD"; "Yusuf" and "Jusuf" "ASF".
/// Used for blocking (candidate selection) and as a boost to the Jaro-Winkler similarity.
/// </summary>
public static class PhoneticKey
{
    /// <summary>The key of an upper-case A–Z token.</summary>
    public static string Of(string token)
    {
        Span<char> builder = token.Length <= 60 ? stackalloc char[(2 * token.Length) + 1] : new char[(2 * token.Length) + 1];
        var length = 0;
        char previousLetter = '\0';
        char lastCode = '\0';
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == previousLetter)
            {
                continue;
            }

            previousLetter = c;
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            char code;
            switch (c)
            {
                case 'A' or 'E' or 'I' or 'O' or 'U' or 'Y' or 'J' or 'H':
                    code = i == 0 ? 'A' : '\0';
                    break;
                case 'P' when next == 'H':
                    code = 'F';
                    i++;
                    break;
                case 'C' when next is 'E' or 'I' or 'Y':
                    code = 'S';
                    break;
                case 'C' when next == 'H':
                    code = 'X';
                    i++;
                    break;
                case 'S' when next == 'H':
                    code = 'S';
                    i++;
                    break;
                case 'C' or 'K' or 'Q':
                    code = 'K';
                    break;
                case 'Z':
                    code = 'S';
                    break;
                case 'X':
                    builder[length++] = 'K';
                    code = 'S';
                    break;
                case 'V' or 'W':
                    code = 'B';
                    break;
                case 'G' when next == 'H':
                    code = 'G';
                    i++;
                    break;
                default:
                    code = c is >= 'A' and <= 'Z' or >= '0' and <= '9' ? c : '\0';
                    break;
            }

            // Merged only when adjacent: the vowel between the two Ms of "MOHAMED" keeps both.
            if (code != '\0' && code != lastCode)
            {
                builder[length++] = code;
            }

            lastCode = code;
        }

        return new string(builder[..length]);
    }
}
