namespace BorderScreening.Domain.Indicators;

/// <summary>
/// How fired indicators become scores (docs/indicators.md, "Scoring"):
/// per typology s_t = 1 − exp(−max(0, Σ w_i)/k) over the active indicators of that typology that
/// fired (exonerating ones have w &lt; 0 and subtract within their typology); the rules score is
/// 1 − Π_t (1 − s_t). Both are monotone non-decreasing in every weight and lie in [0, 1).
/// </summary>
public static class TypologyScoring
{
    /// <summary>The number of typologies (scores are kept in arrays indexed by <see cref="Typology"/>).</summary>
    public static readonly int TypologyCount = Enum.GetValues<Typology>().Length;

    /// <summary>The score of one typology from the sum of its fired weights.</summary>
    public static double TypologyScore(double weightSum, double scale) =>
        1 - Math.Exp(-Math.Max(0, weightSum) / scale);

    /// <summary>The rules score from the typology scores (noisy-or).</summary>
    public static double RulesScore(ReadOnlySpan<double> typologyScores)
    {
        var none = 1.0;
        foreach (var score in typologyScores)
        {
            none *= 1 - score;
        }

        return 1 - none;
    }

    /// <summary>Scores a set of fired indicators; shadow ones are ignored.</summary>
    public static (IReadOnlyDictionary<Typology, double> TypologyScores, double RulesScore) Score(IEnumerable<FiredIndicator> fired, double scale)
    {
        var sums = new double[TypologyCount];
        foreach (var indicator in fired)
        {
            if (!indicator.Shadow)
            {
                sums[(int)indicator.Typology] += indicator.Weight;
            }
        }

        return FromSums(sums, scale);
    }

    /// <summary>Turns per-typology weight sums (indexed by typology) into scores; the array is reused.</summary>
    internal static (IReadOnlyDictionary<Typology, double> TypologyScores, double RulesScore) FromSums(double[] sums, double scale)
    {
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] = TypologyScore(sums[i], scale);
        }

        return (new TypologyScoreMap(sums), RulesScore(sums));
    }
}
