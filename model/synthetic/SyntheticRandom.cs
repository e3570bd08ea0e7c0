namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Seeded draws for the generator: xoshiro256** seeded through SplitMix64, written out here so the
/// stream is fixed by the seed alone (no dependence on a runtime's Random implementation) and free of
/// the short-lag correlations of the legacy seeded <see cref="Random"/>, which could otherwise tie one
/// field of a record to another drawn a fixed number of steps later.
/// </summary>
internal sealed class SyntheticRandom
{
    private const string Alphanumerics = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private ulong _s0, _s1, _s2, _s3;

    public SyntheticRandom(int seed)
    {
        var x = (ulong)(uint)seed ^ 0x9E3779B97F4A7C15UL;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double Next() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private int Below(int exclusiveMax) => (int)(Next() * exclusiveMax);

    public bool Chance(double probability) => Next() < probability;

    public int Int(int minInclusive, int maxInclusive) => minInclusive + Below(maxInclusive - minInclusive + 1);

    public double Uniform(double min, double max) => min + ((max - min) * Next());

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>An index skewed towards 0, so a few entities (big hotels, big employers) get most records.</summary>
    public int Skewed(int count) => Math.Min(count - 1, (int)(count * Math.Pow(Next(), 2.2)));

    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var x = Next() * total;
        foreach (var (item, weight) in items)
        {
            x -= weight;
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    public string Code(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphanumerics[Below(Alphanumerics.Length)];
        }

        return new string(chars);
    }

    public string Digits(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('0' + Below(10));
        }

        return new string(chars);
    }
}
