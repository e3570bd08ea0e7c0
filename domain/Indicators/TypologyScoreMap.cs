using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BorderScreening.Domain.Indicators;

/// <summary>A read-only map from every typology to its score, backed by one array (cheap per record).</summary>
internal sealed class TypologyScoreMap(double[] scores) : IReadOnlyDictionary<Typology, double>
{
    private static readonly Typology[] AllTypologies = Enum.GetValues<Typology>();

    public double this[Typology key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key.ToString());

    public IEnumerable<Typology> Keys => AllTypologies;

    public IEnumerable<double> Values => scores;

    public int Count => scores.Length;

    public bool ContainsKey(Typology key) => (uint)key < (uint)scores.Length;

    public bool TryGetValue(Typology key, [MaybeNullWhen(false)] out double value)
    {
        if (ContainsKey(key))
        {
            value = scores[(int)key];
            return true;
        }

        value = 0;
        return false;
    }

    public IEnumerator<KeyValuePair<Typology, double>> GetEnumerator()
    {
        for (var i = 0; i < scores.Length; i++)
        {
            yield return new KeyValuePair<Typology, double>(AllTypologies[i], scores[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
