using System.Globalization;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Synthetic;
using Microsoft.Extensions.Options;

namespace BorderScreening.Model.Training.Monitoring;

/// <summary>
/// Computes the monitoring reference of a model: generated records from the training seed, scored
/// by the catalogue in service, the model and the default risk settings, binned per jurisdiction.
/// Deterministic: the same seed, count, model and catalogue give the same file.
/// </summary>
public static class MonitoringReferenceBuilder
{
    /// <summary>
    /// Records used for the shipped model's reference: the training data's own count, because the
    /// network-count features depend on how many days the generated period spans.
    /// </summary>
    public const int DefaultCount = DefaultModelBuilder.ShippedCount;

    /// <summary>Builds the reference.</summary>
    public static MonitoringReference Build(IRiskModel model, IndicatorCatalogue catalogue, int seed, int count)
    {
        ArgumentNullException.ThrowIfNull(model);
        var examples = new SyntheticDataGenerator(new SyntheticOptions { Seed = seed, Count = count }).Generate();
        var pipeline = Pipeline(model, catalogue);
        var rows = examples.Select(e =>
        {
            var context = e.ToContext();
            var scored = pipeline.Score(context);
            return (e.Record.Jurisdiction, scored.Risk.Score, scored.Risk.IsHit, Features: FeatureExtractor.Extract(context));
        }).ToList();
        return FromRows(rows, model, catalogue, string.Create(CultureInfo.InvariantCulture, $"synthetic generator, seed {seed}, {count:N0} records, model {model.Version}"));
    }

    /// <summary>
    /// Builds the reference from a training run's own examples (issue 20: the reference follows the model
    /// it describes): each scored by the catalogue and the model; feature bins from the stored point-in-time
    /// features where the example carries them for this build's schema, else recomputed.
    /// </summary>
    public static MonitoringReference Build(IRiskModel model, IndicatorCatalogue catalogue, IReadOnlyList<LabelledExample> examples, string source)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var pipeline = Pipeline(model, catalogue);
        var rows = examples.Select(e =>
        {
            var context = e.ToContext();
            var scored = pipeline.Score(context);
            return (e.Record.Jurisdiction, scored.Risk.Score, scored.Risk.IsHit, Features: e.HasCurrentFeatures ? [.. e.Features!] : FeatureExtractor.Extract(context));
        }).ToList();
        return FromRows(rows, model, catalogue, source);
    }

    private static ScreeningPipeline Pipeline(IRiskModel model, IndicatorCatalogue catalogue) => new(
        new CatalogueIndicatorEvaluator(new IndicatorCatalogueHolder(catalogue)),
        model,
        new RiskCalculator(Options.Create(new RiskOptions())));

    private static MonitoringReference FromRows(List<(Jurisdiction Jurisdiction, double Score, bool IsHit, float[] Features)> rows, IRiskModel model, IndicatorCatalogue catalogue, string source)
    {
        var jurisdictions = new Dictionary<string, JurisdictionReference>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.Jurisdiction).OrderBy(g => g.Key))
        {
            var list = group.ToList();
            var features = new Dictionary<string, ReferenceBins>(StringComparer.Ordinal);
            for (var i = 0; i < FeatureSchema.Count; i++)
            {
                var index = i;
                features[FeatureSchema.Names[i]] = ReferenceBins.FromValues(list.Select(r => (double)r.Features[index]).ToList());
            }

            jurisdictions[group.Key.ToCode()] = new JurisdictionReference
            {
                Records = list.Count,
                HitRate = list.Count(r => r.IsHit) / (double)list.Count,
                Score = ReferenceBins.FromValues(list.Select(r => r.Score).ToList()),
                Features = features,
            };
        }

        return new MonitoringReference
        {
            ModelVersion = model.Version,
            CatalogueVersion = catalogue.Version,
            Source = source,
            FeatureNames = FeatureSchema.Names,
            Jurisdictions = jurisdictions,
        };
    }
}
