using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Synthetic;
using BorderScreening.Model.Training.Monitoring;
using Microsoft.Extensions.Options;

namespace BorderScreening.Model.Training.Tests.Monitoring;

/// <summary>
/// Issue 10 "done when": a drift and a disparity injected into generated data raise the alerts, and
/// clean generated data raises none. The generated records of another seed run through the real
/// scoring path (shipped catalogue and model) and are compared with a reference built the way the
/// shipped one is, over a period of the same length (network counts grow with the period's length,
/// so a reference and a day must come from periods alike).
/// </summary>
public class MonitoringAlertTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);

    private static readonly Lazy<IReadOnlyList<MonitoringObservation>> CleanDay = new(() =>
    {
        var pipeline = new ScreeningPipeline(
            new CatalogueIndicatorEvaluator(IndicatorCatalogueHolder.FromEmbedded()),
            MlNetRiskModel.LoadShipped(),
            new RiskCalculator(Options.Create(new RiskOptions())));
        return new SyntheticDataGenerator(new SyntheticOptions { Seed = 777, Count = Count }).Generate()
            .Where(e => e.Record.Jurisdiction == Jurisdiction.AW)
            .Select(e =>
            {
                var context = e.ToContext();
                var scored = pipeline.Score(context);
                return new MonitoringObservation
                {
                    Jurisdiction = Jurisdiction.AW,
                    Score = scored.Risk.Score,
                    IsHit = scored.Risk.IsHit,
                    Fired = scored.Indicators.Fired.Select(f => f.Id).ToList(),
                    ShadowFired = scored.Indicators.ShadowFired.Select(f => f.Id).ToList(),
                    ModelVersion = scored.Model.ModelVersion,
                    ModelProbability = scored.Model.Probability,
                    Features = FeatureExtractor.Extract(context),
                    Group = AuditGroup.Of(e.Record, DateOnly.FromDateTime(e.ScreenedAt.UtcDateTime)),
                    // A fixed share of hits referred, independent of the group.
                    Decided = scored.Risk.IsHit,
                    Referred = scored.Risk.IsHit && e.TrueLabel,
                };
            })
            .ToList();
    });

    private const int Count = 20_000;

    private static readonly Lazy<MonitoringReference> MatchedReference = new(() =>
        MonitoringReferenceBuilder.Build(MlNetRiskModel.LoadShipped(), IndicatorCatalogueLoader.LoadEmbedded(), seed: 1, Count));

    private static MonitoringReference Reference => MatchedReference.Value;

    private static MonitoringReport Compute(IReadOnlyList<MonitoringObservation> observations) =>
        new MonitoringCalculator(new MonitoringOptions()).Compute(Jurisdiction.AW, Day, observations, Reference, FeatureSchema.Names, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Compute_CleanGeneratedDay_RaisesNoAlert()
    {
        var report = Compute(CleanDay.Value);

        Assert.True(report.Records > 5_000, $"only {report.Records} records");
        Assert.NotNull(report.ScoreDrift);
        Assert.Equal(FeatureSchema.Count, report.FeatureDrift.Count);
        Assert.True(report.Groups.Count(g => g.Judged) >= 8, "too few groups judged for the test to mean anything");
        Assert.Empty(report.Alerts);
    }

    [Fact]
    public void Compute_ShiftedFeatureAndScores_RaisesDriftAlerts()
    {
        var lead = FeatureSchema.IndexOf("booking_lead_days");
        var shifted = CleanDay.Value.Select(o =>
        {
            var features = (float[])o.Features!.Clone();
            features[lead] = features[lead] < 0 ? features[lead] : features[lead] + 45f;
            return o with { Features = features, Score = Math.Min(1, o.Score + 0.15) };
        }).ToList();

        var report = Compute(shifted);

        Assert.Contains(report.Alerts, a => a is { Kind: AlertKinds.Drift, Subject: "risk score" } && a.Value > 0.2);
        Assert.Contains(report.Alerts, a => a is { Kind: AlertKinds.Drift, Subject: "booking_lead_days" });
        Assert.DoesNotContain(report.Alerts, a => a.Subject == "cash_payment");
        Assert.DoesNotContain(report.Alerts, a => a.Kind != AlertKinds.Drift);
    }

    [Fact]
    public void Compute_HitsConcentratedInOneNationalityGroup_RaisesDisparityAlertForThatGroup()
    {
        var index = 0;
        var skewed = CleanDay.Value.Select(o =>
            o.Group!.NationalityGroup == "Latin America and Caribbean" && !o.IsHit && index++ % 4 == 0 ? o with { IsHit = true } : o).ToList();

        var report = Compute(skewed);

        var alert = Assert.Single(report.Alerts, a => a.Kind == AlertKinds.HitDisparity && a.Subject == "nationalityGroup=Latin America and Caribbean");
        Assert.True(alert.Value > 1.25);
        Assert.DoesNotContain(report.Alerts, a => a.Kind == AlertKinds.Drift);
    }

    [Fact]
    public void ShippedReference_IsOfTheShippedModelAndCoversEveryJurisdictionAndFeature()
    {
        var shipped = MonitoringReference.Load(MonitoringReferenceProvider.ShippedPath);

        Assert.Equal(MlNetRiskModel.LoadShipped().Version, shipped.ModelVersion);
        Assert.Equal(FeatureSchema.Names, shipped.FeatureNames);
        Assert.All(JurisdictionCodes.All, j =>
        {
            var reference = shipped.For(j);
            Assert.NotNull(reference);
            Assert.Equal(FeatureSchema.Count, reference.Features.Count);
            Assert.Equal(1.0, reference.Score.Shares.Sum(), 6);
        });
    }
}
