namespace BorderScreening.Domain.Watchlists;

/// <summary>Counts of a labelled evaluation at one threshold, and the precision and recall they give.</summary>
public sealed record PrecisionRecall(double Threshold, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Share of predicted matches that are matches (1 when nothing was predicted).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of matches that were found (1 when there are none).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Counts scored, labelled pairs at <paramref name="threshold"/>; unlabelled ones are left out.</summary>
    public static PrecisionRecall At(double threshold, IEnumerable<(double Score, bool? Match)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (score, match) in scored)
        {
            if (match is not { } label)
            {
                continue;
            }

            var predicted = score >= threshold;
            _ = (predicted, label) switch
            {
                (true, true) => tp++,
                (true, false) => fp++,
                (false, true) => fn++,
                _ => tn++,
            };
        }

        return new PrecisionRecall(threshold, tp, fp, fn, tn);
    }
}
