namespace BorderScreening.Domain.Risk;

/// <summary>
/// Sets the hit threshold so that the expected number of (non-forced) hits per day equals the
/// review capacity: with n scores over d days and capacity c, the threshold is the k-th highest score,
/// k = round(c · d), clamped to [floor, ceiling]. Forced-review hits come on top and are counted apart.
/// </summary>
public static class ThresholdCalculator
{
    /// <summary>Computes a threshold; null when the sample is too small to follow.</summary>
    public static double? Compute(IReadOnlyList<double> scores, double days, int capacityPerDay, CapacityOptions options)
    {
        if (scores.Count < options.MinimumSample || days <= 0 || capacityPerDay <= 0)
        {
            return null;
        }

        var k = (int)Math.Round(capacityPerDay * days);
        if (k >= scores.Count)
        {
            return options.Floor;
        }

        var sorted = scores.OrderByDescending(s => s).ToArray();
        if (k <= 0)
        {
            return Math.Clamp(sorted[0] + 1e-9, options.Floor, options.Ceiling);
        }

        // Tree models give many records the same score. At a tie on the boundary, either take the
        // whole tie (threshold = the tied score) or none of it (just above it): whichever lands
        // nearer to k hits.
        var boundary = sorted[k - 1];
        var atOrAbove = k;
        while (atOrAbove < sorted.Length && sorted[atOrAbove] == boundary)
        {
            atOrAbove++;
        }

        var above = k - 1;
        while (above > 0 && sorted[above - 1] == boundary)
        {
            above--;
        }

        var threshold = Math.Abs(atOrAbove - k) <= Math.Abs(k - above)
            ? boundary
            : (above > 0 ? (boundary + sorted[above - 1]) / 2 : boundary + 1e-9);
        return Math.Clamp(threshold, options.Floor, options.Ceiling);
    }
}
