namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// A name normalised once — tokens and their phonetic keys — so comparing it with many list
/// entries repeats no string work.
/// </summary>
public sealed class PreparedName
{
    private PreparedName(string[] tokens)
    {
        Tokens = tokens;
        Keys = Array.ConvertAll(tokens, PhoneticKey.Of);
    }

    /// <summary>Normalised tokens, in written order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The phonetic key of each token.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Whether nothing comparable is left.</summary>
    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>A person's name.</summary>
    public static PreparedName Person(string? givenNames, string? surname) => new(NameNormaliser.Person(givenNames, surname));

    /// <summary>An organisation's name.</summary>
    public static PreparedName Organisation(string? name) => new(NameNormaliser.Organisation(name));

    /// <summary>
    /// The blocking keys: the phonetic keys of every pair of tokens (order-free, so swapped given and
    /// family names meet) and of two adjacent tokens written together ("MARIA JOSE" / "MARIAJOSE");
    /// a one-token name has its single key. Two names that share a key are compared; no others.
    /// A query (<paramref name="forQuery"/>) also asks for the single key of each of its tokens, so
    /// that one-word list entries ("ACME") are found in longer names.
    /// </summary>
    public IEnumerable<string> BlockingKeys(bool forQuery = false)
    {
        var keys = new List<string>(Keys.Count + 1);
        keys.AddRange(Keys);
        for (var i = 0; i + 1 < Tokens.Count; i++)
        {
            keys.Add(PhoneticKey.Of(Tokens[i] + Tokens[i + 1]));
        }

        if (keys.Count == 1 || forQuery)
        {
            foreach (var key in Keys)
            {
                yield return "1|" + key;
            }

            if (keys.Count == 1)
            {
                yield break;
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                var pair = string.CompareOrdinal(keys[i], keys[j]) <= 0 ? keys[i] + "|" + keys[j] : keys[j] + "|" + keys[i];
                if (seen.Add(pair))
                {
                    yield return pair;
                }
            }
        }
    }
}
