namespace BorderScreening.Benchmarks.Storage;

/// <summary>Percentiles of a set of latencies (nearest rank).</summary>
public static class Latencies
{
    /// <summary>The p-th percentile (0–100) of <paramref name="values"/>.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
