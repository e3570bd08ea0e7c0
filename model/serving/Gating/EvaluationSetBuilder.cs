using System.Globalization;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using Microsoft.Extensions.Options;

namespace BorderScreening.Model.Serving.Gating;

/// <summary>
/// Builds the data a new evaluation set is frozen from: per jurisdiction, the labels decided in the
/// last <see cref="ModelGateOptions.RecentDays"/> days (recent decisions and the random-check sample),
/// each joined to the features and rules-only score its assessment stored when it was scored, weighted
/// by 1 / inclusion probability where one is given. With fewer than
/// <see cref="ModelGateOptions.MinimumPositives"/> positives it falls back to a synthetic holdout from a
/// fixed seed, and the set's kind says so.
/// </summary>
public sealed class EvaluationSetBuilder(
    ILabelStore labels,
    IPartnerOutcomeStore outcomes,
    IScoringFactsReader facts,
    ISyntheticHoldoutSource synthetic,
    IIndicatorEvaluator rules,
    IOptions<ModelGateOptions> options,
    TimeProvider time)
{
    private static readonly string SchemaId = FeatureSchema.Hash[..16];

    /// <summary>Builds and freezes a set (not yet stored).</summary>
    public async Task<FrozenEvaluationSet> BuildAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var since = now.AddDays(-settings.RecentDays);
        var rows = new List<EvaluationRow>();
        var skipped = 0;
        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            // Partner outcomes are the strongest labels, as in the export: the set judges models on what partners found.
            var found = await OutcomesByCase.ReadAsync(outcomes, jurisdiction, cancellationToken).ConfigureAwait(false);
            var recent = new List<DecisionLabel>();
            await foreach (var stored in labels.ReadAsync(jurisdiction, cancellationToken).ConfigureAwait(false))
            {
                var label = found.LabelOf(stored.CaseId) is { } value ? stored with { Label = value } : stored;
                if (label.Label is not null && label.DecidedAt >= since && label.DecidedAt <= now)
                {
                    recent.Add(label);
                }
            }

            foreach (var label in recent.OrderByDescending(l => l.DecidedAt).Take(settings.MaxRowsPerJurisdiction))
            {
                var stored = await facts.GetAsync(label.AssessmentId, cancellationToken).ConfigureAwait(false);
                // Features scored under another schema (or cleared by retention) cannot be read by this build's models.
                if (stored?.Features is not { Length: FeatureSchema.Count } features || stored.FeatureSchema != SchemaId)
                {
                    skipped++;
                    continue;
                }

                var weight = label.RandomCheck && label.InclusionProbability is { } p and > 0 ? Math.Min(LabelledExample.MaxSampleWeight, 1 / p) : 1;
                rows.Add(new EvaluationRow(jurisdiction.ToCode(), DateOnly.FromDateTime(stored.ScreenedAt.UtcDateTime), features, stored.RulesScore,
                    label.Label == 1, weight, label.RandomCheck, stored.Group?.NationalityGroup ?? "unknown", stored.Group?.Sex ?? "unknown"));
            }
        }

        var positives = rows.Count(r => r.Label);
        if (positives >= settings.MinimumPositives)
        {
            var perJurisdiction = string.Join(", ", rows.GroupBy(r => r.Jurisdiction).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            var description = string.Create(CultureInfo.InvariantCulture,
                $"stored labels decided {since:yyyy-MM-dd} to {now:yyyy-MM-dd}: {rows.Count} rows ({rows.Count(r => r.RandomCheck)} random checks), {positives} positives; {skipped} labels without stored features of this schema left out; {perJurisdiction}");
            return FrozenEvaluationSet.Freeze(FrozenEvaluationSet.StoredLabels, description, FeatureSchema.Hash, rows, now);
        }

        return Synthetic(settings, positives, now);
    }

    private FrozenEvaluationSet Synthetic(ModelGateOptions settings, int storedPositives, DateTimeOffset now)
    {
        var rows = synthetic.Generate(settings.SyntheticCount, settings.SyntheticSeed)
            .Select(e =>
            {
                var context = e.ToContext();
                var day = DateOnly.FromDateTime(e.ScreenedAt.UtcDateTime);
                var group = AuditGroup.Of(e.Record, day);
                return new EvaluationRow(e.Record.Jurisdiction.ToCode(), day, FeatureExtractor.Extract(context), rules.Evaluate(context).RulesScore,
                    e.EvaluationLabel, 1, RandomCheck: false, group.NationalityGroup, group.Sex);
            })
            .ToList();
        var description = string.Create(CultureInfo.InvariantCulture,
            $"synthetic holdout (fallback): {storedPositives} positive stored labels, fewer than the minimum {settings.MinimumPositives}; {rows.Count} generated records, seed {settings.SyntheticSeed}, ground-truth labels, {rows.Count(r => r.Label)} positives; rules-only score from the catalogue {rules.CatalogueVersion}");
        return FrozenEvaluationSet.Freeze(FrozenEvaluationSet.SyntheticHoldout, description, FeatureSchema.Hash, rows, now);
    }
}
