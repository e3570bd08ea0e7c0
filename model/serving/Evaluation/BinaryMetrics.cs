namespace BorderScreening.Model.Serving.Evaluation;

/// <summary>Ranking and calibration metrics computed from scores and labels (used for model and rules alike).</summary>
public static class BinaryMetrics
{
    /// <summary>Area under the precision-recall curve as average precision (step-wise, ties grouped).</summary>
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        if (positives == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        var tp = 0;
        var seen = 0;
        foreach (var group in GroupsByScoreDescending(scores, labels))
        {
            var groupPositives = group.Positives;
            tp += groupPositives;
            seen += group.Count;
            sum += groupPositives * (tp / (double)seen);
        }

        return sum / positives;
    }

    /// <summary>
    /// Average precision with example weights (design weights, 1 / inclusion probability): a weighted
    /// example counts as that many records in precision and recall, so a random check drawn at 0.5%
    /// stands for the 200 unreviewed records like it. Equal weights give the unweighted figure.
    /// </summary>
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != labels.Count)
        {
            throw new ArgumentException("Weights and labels differ in length.", nameof(weights));
        }

        var positives = 0.0;
        for (var i = 0; i < labels.Count; i++)
        {
            positives += labels[i] ? weights[i] : 0;
        }

        if (positives <= 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        var tp = 0.0;
        var seen = 0.0;
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var k = 0;
        while (k < order.Length)
        {
            var score = scores[order[k]];
            double groupWeight = 0, groupPositives = 0;
            while (k < order.Length && scores[order[k]] == score)
            {
                groupWeight += weights[order[k]];
                groupPositives += labels[order[k]] ? weights[order[k]] : 0;
                k++;
            }

            tp += groupPositives;
            seen += groupWeight;
            sum += seen > 0 ? groupPositives * (tp / seen) : 0;
        }

        return sum / positives;
    }

    /// <summary>Area under the ROC curve (ties count half).</summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        double area = 0;
        var negativesAbove = 0;
        foreach (var group in GroupsByScoreDescending(scores, labels))
        {
            var groupNegatives = group.Count - group.Positives;
            area += group.Positives * (negatives - negativesAbove - (groupNegatives / 2.0));
            negativesAbove += groupNegatives;
        }

        return area / ((double)positives * negatives);
    }

    /// <summary>Precision-recall points from the highest score down.</summary>
    public static IReadOnlyList<(double Recall, double Precision)> PrCurve(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = Math.Max(1, labels.Count(l => l));
        var points = new List<(double, double)>();
        int tp = 0, seen = 0;
        foreach (var group in GroupsByScoreDescending(scores, labels))
        {
            tp += group.Positives;
            seen += group.Count;
            points.Add((tp / (double)positives, tp / (double)seen));
        }

        return points;
    }

    /// <summary>ROC points (false positive rate, true positive rate) from the highest score down.</summary>
    public static IReadOnlyList<(double Fpr, double Tpr)> RocCurve(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var positives = Math.Max(1, labels.Count(l => l));
        var negatives = Math.Max(1, labels.Count - labels.Count(l => l));
        var points = new List<(double, double)> { (0, 0) };
        int tp = 0, fp = 0;
        foreach (var group in GroupsByScoreDescending(scores, labels))
        {
            tp += group.Positives;
            fp += group.Count - group.Positives;
            points.Add((fp / (double)negatives, tp / (double)positives));
        }

        return points;
    }

    /// <summary>Mean squared difference between probability and outcome.</summary>
    public static double Brier(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var d = probabilities[i] - (labels[i] ? 1 : 0);
            sum += d * d;
        }

        return probabilities.Count == 0 ? double.NaN : sum / probabilities.Count;
    }

    /// <summary>
    /// Reliability bins between quantiles of the predicted probability. The default edges put most
    /// bins in the top few percent, where rare positives and review decisions are (equal-width or
    /// decile bins leave everything of interest in one bin).
    /// </summary>
    public static IReadOnlyList<ReliabilityBin> Reliability(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, IReadOnlyList<double>? quantileEdges = null)
    {
        quantileEdges ??= [0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999, 1];
        var order = Enumerable.Range(0, probabilities.Count).OrderBy(i => probabilities[i]).ToArray();
        var result = new List<ReliabilityBin>();
        for (var b = 0; b + 1 < quantileEdges.Count; b++)
        {
            var from = (int)Math.Round(order.Length * quantileEdges[b]);
            var to = (int)Math.Round(order.Length * quantileEdges[b + 1]);
            if (to <= from)
            {
                continue;
            }

            double predicted = 0, observed = 0;
            for (var k = from; k < to; k++)
            {
                predicted += probabilities[order[k]];
                observed += labels[order[k]] ? 1 : 0;
            }

            var n = to - from;
            result.Add(new ReliabilityBin(predicted / n, observed / n, n));
        }

        return result;
    }

    private readonly record struct ScoreGroup(int Count, int Positives);

    private static IEnumerable<ScoreGroup> GroupsByScoreDescending(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        if (scores.Count != labels.Count)
        {
            throw new ArgumentException("Scores and labels differ in length.", nameof(labels));
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var k = 0;
        while (k < order.Length)
        {
            var score = scores[order[k]];
            int count = 0, positives = 0;
            while (k < order.Length && scores[order[k]] == score)
            {
                count++;
                positives += labels[order[k]] ? 1 : 0;
                k++;
            }

            yield return new ScoreGroup(count, positives);
        }
    }
}

/// <summary>One reliability bin: mean predicted probability, observed positive rate, size.</summary>
public sealed record ReliabilityBin(double MeanPredicted, double ObservedRate, int Count);
