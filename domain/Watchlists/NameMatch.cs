using System.Globalization;

namespace BorderScreening.Domain.Watchlists;

/// <summary>
/// How closely two names (and birth dates, where known) agree: a score in [0, 1], the token pairs
/// behind it, the tokens left unpaired, and what the birth dates said.
/// </summary>
public sealed record NameMatch(double Score, double NameScore, IReadOnlyList<TokenMatch> Pairs, int Unpaired, string BirthDate)
{
    /// <summary>A short explanation for reviewers and list managers: "GARCIA; JOSE~JOSEF 0.96; birth date equal".</summary>
    public string Explain()
    {
        var parts = Pairs.Select(p => p.ToString()).ToList();
        if (Unpaired > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Unpaired} token(s) unpaired"));
        }

        parts.Add(BirthDate);
        return string.Join("; ", parts);
    }
}
