namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// A name normalised once — tokens and their phonetic keys — so comparing it with many list
/// entries repeats no string work.
/// </summary>
public sealed class PreparedName
{
    private PreparedName(string[] tokens, int givenCount = 0)
    {
        Tokens = tokens;
        _givenCount = givenCount;
        Keys = Array.ConvertAll(tokens, PhoneticKey.Of);
    }

    // How many leading tokens came from the given names (0 when unknown: organisations).
    private readonly int _givenCount;

    /// <summary>Normalised tokens, in written order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The phonetic key of each token.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Whether nothing comparable is left.</summary>
    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>A person's name.</summary>
    public static PreparedName Person(string? givenNames, string? surname)
    {
        var given = NameNormaliser.Person(givenNames, null);
        var family = NameNormaliser.Person(null, surname);
        return new([.. given, .. family], given.Length);
    }

    /// <summary>An organisation's name.</summary>
    public static PreparedName Organisation(string? name) => new(NameNormaliser.Organisation(name));

    /// <summary>
    /// Adds the blocking keys to <paramref name="keys"/>: the phonetic keys of every pair of tokens
    /// (order-free, so swapped given and family names meet) and of two adjacent tokens written
    /// together ("MARIA JOSE" / "MARIAJOSE"); a one-token name has its single key. Two names that
    /// share a key are compared; no others. A query (<paramref name="forQuery"/>) also asks for the
    /// single key of each of its tokens, so one-word list entries ("ACME") are found in longer names.
    /// Keys are 64-bit hashes (held in memory only): a collision adds a candidate, never loses one.
    /// </summary>
    public void BlockingKeys(HashSet<ulong> keys, bool forQuery = false)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Span<int> hashes = stackalloc int[(2 * Math.Min(Keys.Count, 16)) + 1];
        var count = 0;
        for (var i = 0; i < Keys.Count && i < 16; i++)
        {
            // Short tokens ("LI", "WEI", "HUI") block on themselves: their phonetic keys are a letter
            // or two that half the names share. The joined-token keys still catch their variants.
            hashes[count++] = (Tokens[i].Length <= 3 ? "=" + Tokens[i] : Keys[i]).GetHashCode(StringComparison.Ordinal);
        }

        for (var i = 0; i + 1 < Tokens.Count && i < 15; i++)
        {
            hashes[count++] = PhoneticKey.Of(Tokens[i] + Tokens[i + 1]).GetHashCode(StringComparison.Ordinal);
        }

        if (count == 1 || forQuery)
        {
            for (var i = 0; i < Math.Min(Keys.Count, 16); i++)
            {
                keys.Add(Single(hashes[i]));
            }

            if (count == 1)
            {
                return;
            }
        }

        // With both given names and surname, a pair takes one token from each side (swapping the
        // fields keeps the pairs): "JUAN CARLOS" alone names thousands, "CARLOS GARCIA" a few.
        var tokens = Math.Min(Keys.Count, 16);
        var split = _givenCount > 0 && _givenCount < tokens;
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                if (split && j < tokens && (i < _givenCount) == (j < _givenCount))
                {
                    continue;
                }

                // A joined pair with one of its own tokens, or two joined pairs that overlap, say
                // no more than the tokens alone.
                if ((j >= tokens && i < tokens && (i == j - tokens || i == j - tokens + 1)) || (i >= tokens && j - i <= 1))
                {
                    continue;
                }

                var (low, high) = hashes[i] <= hashes[j] ? (hashes[i], hashes[j]) : (hashes[j], hashes[i]);
                keys.Add(((ulong)(uint)low << 32) | (uint)high);
            }
        }
    }

    private static ulong Single(int hash) => ((ulong)(uint)hash << 32) ^ 0x9E3779B97F4A7C15UL;
}
