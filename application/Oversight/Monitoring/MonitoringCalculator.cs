using System.Globalization;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// Computes a <see cref="MonitoringReport"/> from one jurisdiction-day of observations. Pure: the
/// same observations, reference and options give the same report.
/// </summary>
public sealed class MonitoringCalculator(MonitoringOptions options)
{
    /// <summary>The report of <paramref name="observations"/> (all of one jurisdiction and day).</summary>
    public MonitoringReport Compute(
        Jurisdiction jurisdiction, DateOnly day, IReadOnlyList<MonitoringObservation> observations,
        MonitoringReference? reference, IReadOnlyList<string> featureNames, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(featureNames);
        var code = jurisdiction.ToCode();
        var records = observations.Count;
        var hits = observations.Count(o => o.IsHit);
        var referrals = observations.Count(o => o.Referred);
        var hitRate = Rate(hits, records);
        var referralRate = Rate(referrals, records);
        var alerts = new List<MonitoringAlert>();

        var jurisdictionReference = reference?.For(jurisdiction);
        DriftFigure? scoreDrift = null;
        var featureDrift = new List<DriftFigure>();
        if (jurisdictionReference is not null && records >= options.MinimumRecordsForDrift)
        {
            scoreDrift = Drift("risk score", jurisdictionReference.Score, observations.Select(o => o.Score).ToList());
            var withFeatures = observations.Where(o => o.Features is not null).ToList();
            if (withFeatures.Count >= options.MinimumRecordsForDrift)
            {
                for (var i = 0; i < featureNames.Count; i++)
                {
                    if (jurisdictionReference.Features.TryGetValue(featureNames[i], out var bins))
                    {
                        var index = i;
                        featureDrift.Add(Drift(featureNames[i], bins, withFeatures.Where(o => o.Features!.Length > index).Select(o => (double)o.Features![index]).ToList()));
                    }
                }
            }

            foreach (var drift in featureDrift.Prepend(scoreDrift).Where(d => d.Alert))
            {
                alerts.Add(new MonitoringAlert(code, day, AlertKinds.Drift, drift.Name, drift.Psi, options.PsiThreshold,
                    $"{drift.Name}: PSI {F(drift.Psi)} against the training reference is above {F(options.PsiThreshold)}."));
            }
        }

        var indicators = observations.SelectMany(o => o.Fired.Distinct().Select(id => (id, o.IsHit)))
            .GroupBy(x => x.id, StringComparer.Ordinal)
            .Select(g => new IndicatorRate(g.Key, g.Count(), Rate(g.Count(), records), g.Count(x => x.IsHit)))
            .OrderByDescending(r => r.Fires).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        var groups = new List<GroupRate>();
        foreach (var dimension in AuditGroup.Dimensions)
        {
            var grouped = observations.Where(o => o.Group is not null)
                .GroupBy(o => o.Group!.In(dimension), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();

            // Groups with an intended difference (minors) would push every other group's ratio down:
            // the others are compared with the records outside those groups.
            var baseline = grouped.Where(g => !IsExpected(dimension, g.Key)).SelectMany(g => g).ToList();
            var baselineHitRate = Rate(baseline.Count(o => o.IsHit), baseline.Count);
            var baselineReferralRate = Rate(baseline.Count(o => o.Referred), baseline.Count);
            foreach (var group in grouped)
            {
                var expected = IsExpected(dimension, group.Key);
                var rate = Group(dimension, group.Key, group.ToList(), expected ? hitRate : baselineHitRate, expected ? referralRate : baselineReferralRate, expected);
                groups.Add(rate);
                if (rate.Judged && !expected)
                {
                    AddDisparity(alerts, code, day, rate, AlertKinds.HitDisparity, "hit rate", rate.Hits, rate.HitRatio, baselineHitRate);
                    AddDisparity(alerts, code, day, rate, AlertKinds.ReferralDisparity, "referral rate", rate.Referrals, rate.ReferralRatio, baselineReferralRate);
                }
            }
        }

        var shadowIndicators = observations.SelectMany(o => o.ShadowFired.Distinct().Select(id => (id, o.IsHit)))
            .GroupBy(x => x.id, StringComparer.Ordinal)
            .Select(g => new ShadowIndicatorRate(g.Key, g.Count(), Rate(g.Count(), records), g.Count(x => x.IsHit), g.Count(x => !x.IsHit)))
            .OrderByDescending(r => r.Fires).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        return new MonitoringReport
        {
            Jurisdiction = code,
            Day = day,
            ComputedAt = computedAt,
            Records = records,
            Hits = hits,
            HitRate = hitRate,
            Decided = observations.Count(o => o.Decided),
            Referrals = referrals,
            ReferralRate = referralRate,
            ModelVersions = observations.Select(o => o.ModelVersion).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Reference = reference?.Source ?? "",
            ScoreDrift = scoreDrift,
            FeatureDrift = featureDrift.OrderByDescending(d => d.Psi).ToList(),
            Indicators = indicators,
            Groups = groups,
            ShadowModel = CompareShadow(observations, Math.Max(1, hits), options.ShadowAgreementTolerance),
            ShadowIndicators = shadowIndicators,
            Alerts = alerts,
        };
    }

    /// <summary>
    /// Compares the shadow model with the active one on the records both scored: agreement within the
    /// tolerance, mean absolute difference, and the overlap of their k highest-scored records with k
    /// the day's hit count — the share of the review work the two would have in common.
    /// </summary>
    public static ShadowModelComparison? CompareShadow(IReadOnlyList<MonitoringObservation> observations, int k, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var both = observations.Where(o => o.ShadowProbability is not null).ToList();
        if (both.Count == 0)
        {
            return null;
        }

        var agreement = both.Count(o => Math.Abs(o.ModelProbability - o.ShadowProbability!.Value) <= tolerance + 1e-12) / (double)both.Count;
        var meanDifference = both.Average(o => Math.Abs(o.ModelProbability - o.ShadowProbability!.Value));
        var top = Math.Min(k, both.Count);
        var indexed = both.Select((o, i) => (o, i)).ToList();
        var activeTop = indexed.OrderByDescending(x => x.o.ModelProbability).ThenBy(x => x.i).Take(top).Select(x => x.i).ToHashSet();
        var shadowTop = indexed.OrderByDescending(x => x.o.ShadowProbability).ThenBy(x => x.i).Take(top).Select(x => x.i);
        var overlap = shadowTop.Count(activeTop.Contains) / (double)top;
        var version = both.Select(o => o.ShadowModelVersion ?? "").FirstOrDefault(v => v.Length > 0) ?? "";
        return new ShadowModelComparison(version, both.Count, agreement, meanDifference, top, overlap);
    }

    private DriftFigure Drift(string name, ReferenceBins bins, IReadOnlyCollection<double> values)
    {
        var psi = PopulationStability.Index(bins, values);
        return new DriftFigure(name, psi, psi > options.PsiThreshold);
    }

    /// <summary>Whether "dimension:group" or "dimension:*" is listed as an intended difference.</summary>
    private bool IsExpected(string dimension, string group) =>
        options.ExpectedDisparities.Contains($"{dimension}:{group}", StringComparer.Ordinal)
        || options.ExpectedDisparities.Contains($"{dimension}:*", StringComparer.Ordinal);

    private GroupRate Group(string dimension, string group, IReadOnlyList<MonitoringObservation> members, double hitRate, double referralRate, bool expected)
    {
        var hits = members.Count(o => o.IsHit);
        var referrals = members.Count(o => o.Referred);
        var groupHitRate = Rate(hits, members.Count);
        var groupReferralRate = Rate(referrals, members.Count);
        return new GroupRate(
            dimension, group, members.Count,
            hits, groupHitRate, hitRate > 0 ? groupHitRate / hitRate : null,
            referrals, groupReferralRate, referralRate > 0 ? groupReferralRate / referralRate : null,
            Judged: members.Count >= options.MinimumGroupSize,
            Expected: expected);
    }

    private void AddDisparity(List<MonitoringAlert> alerts, string code, DateOnly day, GroupRate rate, string kind, string what, int count, double? ratio, double overallRate)
    {
        if (ratio is not { } r || r is >= 0 && r >= options.RatioLow && r <= options.RatioHigh)
        {
            return;
        }

        // Binomial spread of the group's count at the overall rate: a ratio outside the band on a
        // handful of hits is noise, not disparity.
        var expected = rate.Records * overallRate;
        var spread = Math.Sqrt(rate.Records * overallRate * (1 - overallRate));
        if (spread <= 0 || Math.Abs(count - expected) < options.MinimumDeviation * spread)
        {
            return;
        }

        var bound = r < options.RatioLow ? options.RatioLow : options.RatioHigh;
        alerts.Add(new MonitoringAlert(code, day, kind, $"{rate.Dimension}={rate.Group}", r, bound,
            $"{what} of {rate.Dimension} group \"{rate.Group}\" is {F(r)} times the {what} of the other records ({rate.Records} records), outside [{F(options.RatioLow)}, {F(options.RatioHigh)}]."));
    }

    private static double Rate(int count, int total) => total == 0 ? 0 : count / (double)total;

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
