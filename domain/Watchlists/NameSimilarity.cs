namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// Scores how closely two names agree, tokens in any order (swapped given and family names, a
/// second surname or given name left out, names written together). Each token of the shorter name is
/// paired with its closest counterpart (Jaro-Winkler, raised when the phonetic keys agree; an
/// initial pairs with a name it starts); the score is the length-weighted mean of the pairs, less a
/// little per unpaired token and more for the weakest pair, so one clearly different name sinks it.
/// Birth dates move the score: equal dates lift it, different ones sink it, missing ones cost a little.
/// </summary>
public static class NameSimilarity
{
    /// <summary>The default threshold of a list: at and above it a name pair is a match.</summary>
    public const double DefaultThreshold = 0.88;

    private const int MaxTokens = 8;

    /// <summary>Scores two persons: names and, where both are known, birth dates.</summary>
    public static NameMatch Person(PreparedName a, PartialDate? birthA, PreparedName b, PartialDate? birthB)
    {
        var (score, pairs, unpaired) = Names(a, b);
        if (Math.Min(a.Tokens.Count, b.Tokens.Count) == 1 && Math.Max(a.Tokens.Count, b.Tokens.Count) > 1)
        {
            // One word of a longer name is too little to name a person.
            score = Math.Min(score, 0.8);
        }

        var (adjust, birth) = Birth(birthA, birthB);
        return new NameMatch(Math.Clamp(score + adjust, 0, 1), score, pairs, unpaired, birth);
    }

    /// <summary>Scores two organisation names (legal forms already dropped).</summary>
    public static NameMatch Organisation(PreparedName a, PreparedName b)
    {
        var (score, pairs, unpaired) = Names(a, b);
        return new NameMatch(score, score, pairs, unpaired, "no birth date");
    }

    /// <summary>
    /// The most a person pair with these birth dates can score. Below a list's threshold the names
    /// need not be compared at all — the cheap check that keeps common names fast to screen.
    /// </summary>
    public static double BestPossible(PartialDate? birthA, PartialDate? birthB) => 1 + Birth(birthA, birthB).Adjust;

    private static (double Score, IReadOnlyList<TokenMatch> Pairs, int Unpaired) Names(PreparedName a, PreparedName b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return (0, [], Math.Max(a.Tokens.Count, b.Tokens.Count));
        }

        var best = Align(Take(a.Tokens), Take(a.Keys), Take(b.Tokens), Take(b.Keys));
        // Joining two tokens lifts a near miss ("MARIA JOSE" / "MARIAJOSE"), never a clear miss.
        if (a.Tokens.Count != b.Tokens.Count && best.Score is < 0.95 and >= 0.6)
        {
            // One name may write two of the other's tokens as one ("MARIAJOSE" / "MARIA JOSE").
            var (longT, longK, shortT, shortK) = a.Tokens.Count > b.Tokens.Count
                ? (Take(a.Tokens), Take(a.Keys), Take(b.Tokens), Take(b.Keys))
                : (Take(b.Tokens), Take(b.Keys), Take(a.Tokens), Take(a.Keys));
            for (var i = 0; i + 1 < longT.Length; i++)
            {
                var merged = longT[i] + longT[i + 1];
                string[] tokens = [.. longT[..i], merged, .. longT[(i + 2)..]];
                string[] keys = [.. longK[..i], PhoneticKey.Of(merged), .. longK[(i + 2)..]];
                var candidate = Align(tokens, keys, shortT, shortK);
                if (candidate.Score > best.Score)
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    private static string[] Take(IReadOnlyList<string> list) =>
        list.Count <= MaxTokens && list is string[] array ? array : [.. list.Take(MaxTokens)];

    private static (double Score, IReadOnlyList<TokenMatch> Pairs, int Unpaired) Align(string[] at, string[] ak, string[] bt, string[] bk)
    {
        var n = at.Length;
        var m = bt.Length;
        Span<double> sims = stackalloc double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                sims[(i * m) + j] = TokenSimilarity(at[i], ak[i], bt[j], bk[j]);
            }
        }

        Span<bool> usedA = stackalloc bool[n];
        Span<bool> usedB = stackalloc bool[m];
        var pairs = new List<TokenMatch>(Math.Min(n, m));
        double weighted = 0, weights = 0, weakest = 1;
        for (var round = Math.Min(n, m); round > 0; round--)
        {
            int bi = -1, bj = -1;
            var bs = -1.0;
            for (var i = 0; i < n; i++)
            {
                if (usedA[i])
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    if (!usedB[j] && sims[(i * m) + j] > bs)
                    {
                        (bi, bj, bs) = (i, j, sims[(i * m) + j]);
                    }
                }
            }

            usedA[bi] = true;
            usedB[bj] = true;
            pairs.Add(new TokenMatch(at[bi], bt[bj], bs));
            var weight = Math.Max(at[bi].Length, bt[bj].Length);
            weighted += weight * bs;
            weights += weight;
            weakest = Math.Min(weakest, bs);
        }

        var unpaired = Math.Abs(n - m);
        var score = (weighted / weights) - (0.6 * Math.Max(0, 0.9 - weakest));
        score *= Math.Pow(0.97, unpaired);
        return (Math.Clamp(score, 0, 1), pairs, unpaired);
    }

    private static double TokenSimilarity(string a, string ak, string b, string bk)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0] ? 0.9 : 0;
        }

        var jw = JaroWinkler.Similarity(a, b);
        // Equal keys raise the score only for tokens of like length (short keys of long names
        // collide), or where one is written without vowels (transliterated Arabic: "MHMD").
        var alike = Math.Min(a.Length, b.Length) >= 0.6 * Math.Max(a.Length, b.Length)
            || a.AsSpan().IndexOfAny("AEIOU") < 0 || b.AsSpan().IndexOfAny("AEIOU") < 0;
        return alike && string.Equals(ak, bk, StringComparison.Ordinal) ? Math.Max(jw, 0.6 + (0.4 * jw)) : jw;
    }

    private static (double Adjust, string Text) Birth(PartialDate? a, PartialDate? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return (-0.02, "birth date unknown");
        }

        if (!x.IsFull || !y.IsFull)
        {
            return Math.Abs(x.Year - y.Year) switch
            {
                0 => (0, "birth year equal"),
                1 => (-0.08, "birth year off by one"),
                _ => (-0.3, "birth years differ"),
            };
        }

        if (x == y)
        {
            return (0.04, "birth date equal");
        }

        if (x.Year == y.Year && x.Month == y.Day && x.Day == y.Month)
        {
            return (-0.02, "birth day and month swapped");
        }

        if (x.Year == y.Year && (x.Month == y.Month || x.Day == y.Day))
        {
            return (-0.08, "birth date differs in one part");
        }

        if (Math.Abs(x.Year - y.Year) == 1 && x.Month == y.Month && x.Day == y.Day)
        {
            return (-0.06, "birth year off by one");
        }

        return (-0.3, "birth dates differ");
    }
}
