namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// A binned reference distribution: a value v falls in the first bin i with v ≤ Edges[i], or in the
/// last bin when above every edge (so there is one share more than edges).
/// </summary>
public sealed record ReferenceBins
{
    /// <summary>Upper edges of all bins but the last, ascending.</summary>
    public IReadOnlyList<double> Edges { get; init; } = [];

    /// <summary>Share of the reference in each bin (sums to 1).</summary>
    public IReadOnlyList<double> Shares { get; init; } = [1.0];

    /// <summary>
    /// Bins at the deciles of <paramref name="values"/>, duplicates merged, so a binary feature gets
    /// two bins and a continuous one ten.
    /// </summary>
    public static ReferenceBins FromValues(IReadOnlyList<double> values, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new ReferenceBins();
        }

        var sorted = values.Order().ToArray();
        var edges = new SortedSet<double>();
        for (var i = 1; i < bins; i++)
        {
            edges.Add(sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(i * (double)sorted.Length / bins))]);
        }

        // An edge at the maximum would leave the last bin empty by construction.
        edges.Remove(sorted[^1]);
        var result = new ReferenceBins { Edges = [.. edges] };
        return result with { Shares = result.SharesOf(values) };
    }

    /// <summary>The bin of a value.</summary>
    public int BinOf(double value)
    {
        for (var i = 0; i < Edges.Count; i++)
        {
            if (value <= Edges[i])
            {
                return i;
            }
        }

        return Edges.Count;
    }

    /// <summary>The shares of <paramref name="values"/> in these bins.</summary>
    public IReadOnlyList<double> SharesOf(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var counts = new double[Edges.Count + 1];
        foreach (var value in values)
        {
            counts[BinOf(value)]++;
        }

        return values.Count == 0 ? counts : counts.Select(c => c / values.Count).ToArray();
    }
}
