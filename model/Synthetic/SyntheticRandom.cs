namespace BorderScreening.Model.Synthetic;

/// <summary>Seeded draws for the generator. One instance per run, used in one fixed order, so a seed fixes the output.</summary>
#pragma warning disable CA5394 // Synthetic data needs a seeded, reproducible PRNG, not a secure one.
internal sealed class SyntheticRandom(int seed)
{
    private const string Alphanumerics = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private readonly Random _random = new(seed);

    public double Next() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Int(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public double Uniform(double min, double max) => min + ((max - min) * _random.NextDouble());

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An index skewed towards 0, so a few entities (big hotels, big employers) get most records.</summary>
    public int Skewed(int count) => Math.Min(count - 1, (int)(count * Math.Pow(_random.NextDouble(), 2.2)));

    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var x = _random.NextDouble() * total;
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
            chars[i] = Alphanumerics[_random.Next(Alphanumerics.Length)];
        }

        return new string(chars);
    }

    public string Digits(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('0' + _random.Next(10));
        }

        return new string(chars);
    }
}
#pragma warning restore CA5394
