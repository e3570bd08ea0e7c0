using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Tests.Oversight.Monitoring;

public class MonitoringCalculatorTests
{
    private static MonitoringObservation Obs(double active, double? shadow, bool hit = false) =>
        new() { Jurisdiction = Jurisdiction.CW, ModelProbability = active, ShadowProbability = shadow, ShadowModelVersion = shadow is null ? null : "shadow-1", IsHit = hit };

    [Fact]
    public void CompareShadow_SmallConstructedCase_GivesAgreementDifferenceAndTopKOverlap()
    {
        // |differences|: 0.01, 0.02, 0.45, 0.10, 0.00 → 3 of 5 within 0.05, mean 0.116.
        // Active top 2: records 0 (0.90) and 1 (0.80); shadow top 2: records 0 (0.91) and 2 (0.85) → overlap 1 of 2.
        IReadOnlyList<MonitoringObservation> observations =
            [Obs(0.90, 0.91, hit: true), Obs(0.80, 0.78, hit: true), Obs(0.40, 0.85), Obs(0.30, 0.20), Obs(0.10, 0.10), Obs(0.50, null)];

        var comparison = MonitoringCalculator.CompareShadow(observations, k: 2, tolerance: 0.05);

        Assert.NotNull(comparison);
        Assert.Equal("shadow-1", comparison.ShadowVersion);
        Assert.Equal(5, comparison.Records);
        Assert.Equal(0.6, comparison.Agreement, 6);
        Assert.Equal(0.116, comparison.MeanAbsoluteDifference, 6);
        Assert.Equal(2, comparison.TopK);
        Assert.Equal(0.5, comparison.TopKOverlap, 6);
    }

    [Fact]
    public void CompareShadow_NoShadowScores_IsNull() =>
        Assert.Null(MonitoringCalculator.CompareShadow([Obs(0.5, null)], 1, 0.05));

    [Fact]
    public void Compute_ShadowIndicators_CountsFiresOnHitsAndNonHits()
    {
        IReadOnlyList<MonitoringObservation> observations =
        [
            new() { IsHit = true, Fired = ["A"], ShadowFired = ["S"] },
            new() { IsHit = false, ShadowFired = ["S"] },
            new() { IsHit = false, ShadowFired = ["S", "S"] },
            new() { IsHit = false, Fired = ["A"] },
        ];

        var report = new MonitoringCalculator(new MonitoringOptions()).Compute(Jurisdiction.CW, new DateOnly(2026, 11, 27), observations, null, [], DateTimeOffset.UnixEpoch);

        var shadow = Assert.Single(report.ShadowIndicators);
        Assert.Equal(new ShadowIndicatorRate("S", 3, 0.75, 1, 2), shadow);
        Assert.Equal(new IndicatorRate("A", 2, 0.5, 1), Assert.Single(report.Indicators));
        Assert.Null(report.ScoreDrift);
    }

    [Fact]
    public void Compute_ExtremeRatioInATinyGroup_RaisesNoAlert()
    {
        var observations = Enumerable.Range(0, 1_000).Select(i => new MonitoringObservation
        {
            IsHit = i % 10 == 0 || i >= 995,
            Group = new AuditGroup(i >= 995 ? "Africa" : "Asia", "F", "25-34"),
        }).ToList();

        var report = new MonitoringCalculator(new MonitoringOptions()).Compute(Jurisdiction.CW, new DateOnly(2026, 11, 27), observations, null, [], DateTimeOffset.UnixEpoch);

        var africa = Assert.Single(report.Groups, g => g.Group == "Africa");
        Assert.False(africa.Judged);
        Assert.True(africa.HitRatio > 5);
        Assert.Empty(report.Alerts);
    }

    [Fact]
    public void Compute_ExpectedDisparity_IsReportedWithoutAlert()
    {
        var observations = Enumerable.Range(0, 2_000).Select(i => new MonitoringObservation
        {
            IsHit = i < 200 ? i % 2 == 0 : i % 20 == 0,
            Group = new AuditGroup("Asia", "F", i < 200 ? "0-17" : "25-34"),
        }).ToList();

        var options = new MonitoringOptions { ExpectedDisparities = ["ageBand:0-17"] };

        var report = new MonitoringCalculator(options).Compute(Jurisdiction.CW, new DateOnly(2026, 11, 27), observations, null, [], DateTimeOffset.UnixEpoch);

        var minors = Assert.Single(report.Groups, g => g.Group == "0-17");
        Assert.True(minors is { Judged: true, Expected: true });
        Assert.True(minors.HitRatio > 3);
        // The others are compared with the records outside the expected group, not dragged below 0.8 by it.
        var adults = Assert.Single(report.Groups, g => g.Group == "25-34");
        Assert.True(adults is { Judged: true, Expected: false });
        Assert.Equal(1.0, adults.HitRatio!.Value, 6);
        Assert.Empty(report.Alerts);
    }
}

public class MonitoringDisparityTests
{
    [Fact]
    public void Compute_HitsConcentratedInOneSex_RaisesAHitDisparityAlertNamingOnlyTheGroup()
    {
        // 1,000 F with 5% hits, 1,000 M with 15% hits: M is 1.5 times the overall 10%, far beyond chance.
        var observations = Enumerable.Range(0, 2_000).Select(i => new MonitoringObservation
        {
            IsHit = i < 1_000 ? i % 20 == 0 : i % 20 < 3,
            Group = new AuditGroup("Asia", i < 1_000 ? "F" : "M", "25-34"),
        }).ToList();

        var report = new MonitoringCalculator(new MonitoringOptions()).Compute(Jurisdiction.SX, new DateOnly(2026, 11, 27), observations, null, [], DateTimeOffset.UnixEpoch);

        Assert.Contains(report.Alerts, a => a is { Kind: AlertKinds.HitDisparity, Subject: "sex=M", Jurisdiction: "SX" } && a.Value > 1.25);
        Assert.Contains(report.Alerts, a => a is { Kind: AlertKinds.HitDisparity, Subject: "sex=F" } && a.Value < 0.8);
        Assert.DoesNotContain(report.Alerts, a => a.Subject.StartsWith("nationalityGroup", StringComparison.Ordinal));
    }
}
