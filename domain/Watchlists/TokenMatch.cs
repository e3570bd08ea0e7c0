using System.Globalization;

namespace BorderScreening.Domain.Watchlists;

/// <summary>Two tokens paired by the matcher and how close they are (1 = same after normalisation).</summary>
public readonly record struct TokenMatch(string A, string B, double Similarity)
{
    /// <inheritdoc />
    public override string ToString() => A == B
        ? A
        : string.Create(CultureInfo.InvariantCulture, $"{A}~{B} {Similarity:0.00}");
}
