using BorderScreening.Model.Serving.Labels;

namespace BorderScreening.Model.Serving.Evaluation;

/// <summary>
/// The rules' recall estimated with the random review sample (issue 20). Labels of hits alone cannot
/// show what was missed; the random checks can: each positive random check is a missed case standing
/// for 1 / inclusion probability such cases (Horvitz–Thompson). Recall = confirmed hits / (confirmed
/// hits + estimated missed), with a 95% interval from the Poisson interval of the missed count
/// (Wilson–Hilferty approximation to the exact Garwood bounds), scaled by the mean design weight.
/// </summary>
/// <param name="ConfirmedHits">Positive labels of reviewed hits.</param>
/// <param name="RandomChecks">Labelled random checks.</param>
/// <param name="RandomCheckPositives">Random checks a reviewer referred: cases the rules missed.</param>
/// <param name="EstimatedMissed">Estimated missed cases in the population (sum of design weights of those positives).</param>
/// <param name="Recall">Estimated recall; null without confirmed hits or random checks.</param>
/// <param name="Lower">Lower 95% bound of the recall.</param>
/// <param name="Upper">Upper 95% bound of the recall.</param>
public sealed record RandomSampleRecall(int ConfirmedHits, int RandomChecks, int RandomCheckPositives, double EstimatedMissed, double? Recall, double? Lower, double? Upper)
{
    private const double Z = 1.959964;

    /// <summary>The estimate from labelled examples (random checks marked, hits not).</summary>
    public static RandomSampleRecall From(IEnumerable<LabelledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var hits = 0;
        var checks = 0;
        var missed = 0;
        var weight = 0.0;
        var checkWeight = 0.0;
        foreach (var example in examples)
        {
            if (!example.RandomCheck)
            {
                hits += example.Label ? 1 : 0;
                continue;
            }

            checks++;
            checkWeight += example.SampleWeight;
            if (example.Label)
            {
                missed++;
                weight += example.SampleWeight;
            }
        }

        if (hits == 0 || checks == 0)
        {
            return new RandomSampleRecall(hits, checks, missed, weight, null, null, null);
        }

        // No positive check: the missed count is 0 with an upper bound of about 3.7 checks' worth.
        var meanWeight = missed > 0 ? weight / missed : checkWeight / checks;
        var missedLow = PoissonLower(missed) * meanWeight;
        var missedHigh = PoissonUpper(missed) * meanWeight;
        return new RandomSampleRecall(
            hits,
            checks,
            missed,
            weight,
            hits / (hits + weight),
            hits / (hits + missedHigh),
            hits / (hits + missedLow));
    }

    private static double PoissonLower(int k) =>
        k == 0 ? 0 : k * Math.Pow(1 - (1.0 / (9 * k)) - (Z / (3 * Math.Sqrt(k))), 3);

    private static double PoissonUpper(int k) =>
        (k + 1) * Math.Pow(1 - (1.0 / (9 * (k + 1))) + (Z / (3 * Math.Sqrt(k + 1))), 3);
}
