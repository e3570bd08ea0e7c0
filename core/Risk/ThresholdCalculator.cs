namespace BorderScreening.Core.Risk;

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
        // Just above the (k+1)-th score: exactly k scores reach it when scores are distinct.
        var threshold = k <= 0 ? sorted[0] + 1e-9 : (sorted[k - 1] + sorted[k]) / 2;
        if (k > 0 && sorted[k - 1] == sorted[k])
        {
            threshold = sorted[k - 1];
        }

        return Math.Clamp(threshold, options.Floor, options.Ceiling);
    }
}
