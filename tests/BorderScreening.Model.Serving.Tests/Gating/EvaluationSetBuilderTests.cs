using System.Runtime.CompilerServices;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Gating;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.TestSupport.Model;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Model.Serving.Tests.Gating;

public sealed class EvaluationSetBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private sealed class Labels(IReadOnlyList<DecisionLabel> all) : ILabelStore
    {
        public Task SaveAsync(DecisionLabel label, CancellationToken cancellationToken) => throw new NotSupportedException();

        public async IAsyncEnumerable<DecisionLabel> ReadAsync(Jurisdiction? jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var label in all.Where(l => jurisdiction is null || l.Jurisdiction == jurisdiction))
            {
                yield return label;
            }
        }
    }

    // Every assessment "cw-…"/"aw-…" scored with this build's schema; "old-…" under another schema.
    private sealed class Facts : IScoringFactsReader
    {
        public Task<ScoringFacts?> GetAsync(string assessmentId, CancellationToken cancellationToken) => Task.FromResult<ScoringFacts?>(new ScoringFacts(
            Jurisdiction.CW, Now.AddDays(-3), RulesScore: 0.25, new float[FeatureSchema.Count], assessmentId.StartsWith("old", StringComparison.Ordinal) ? "0000000000000000" : FeatureSchema.Hash[..16],
            new AuditGroup("Caribbean", "F", "25-34")));
    }

    private sealed class Outcomes(IReadOnlyList<PartnerOutcome> outcomes) : IPartnerOutcomeStore
    {
        public Task<PartnerOutcome?> GetAsync(Jurisdiction jurisdiction, string signalId, CancellationToken cancellationToken) =>
            Task.FromResult(outcomes.FirstOrDefault(o => o.Jurisdiction == jurisdiction && o.SignalId == signalId));

        public Task SaveAsync(PartnerOutcome outcome, CancellationToken cancellationToken) => throw new NotSupportedException();

        public async IAsyncEnumerable<PartnerOutcome> ReadAsync(Jurisdiction? jurisdiction, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var outcome in outcomes.Where(o => jurisdiction is null || o.Jurisdiction == jurisdiction))
            {
                yield return outcome;
            }
        }
    }

    private sealed class Synthetic : ISyntheticHoldoutSource
    {
        public int? Seed { get; private set; }

        public IReadOnlyList<LabelledExample> Generate(int count, int seed)
        {
            Seed = seed;
            return ModelTestData.Examples.Take(count).Select(e => e.ToLabelled()).ToList();
        }
    }

    private sealed class Rules : IIndicatorEvaluator
    {
        public string CatalogueVersion => "test";

        public IndicatorOutcome Evaluate(ScreeningContext context) => new() { RulesScore = 0.5 };
    }

    private static DecisionLabel Label(int i, int? label, bool randomCheck = false, double? p = null, int daysAgo = 3, string prefix = "cw") =>
        new(Jurisdiction.CW, $"case-{i}", $"{prefix}-{i}", label == 1 ? "Referred" : "NoConcern", label, "", "", "reviewer", Now.AddDays(-daysAgo), "c1", "m1",
            RandomCheck: randomCheck, InclusionProbability: p);

    private static EvaluationSetBuilder Builder(IReadOnlyList<DecisionLabel> labels, Synthetic synthetic, ModelGateOptions? options = null, params PartnerOutcome[] outcomes) =>
        new(new Labels(labels), new Outcomes(outcomes), new Facts(), synthetic, new Rules(), Options.Create(options ?? new ModelGateOptions { MinimumPositives = 3, SyntheticCount = 500 }), new FakeTimeProvider(Now));

    [Fact]
    public async Task BuildAsync_EnoughStoredPositives_SetFromStoredLabelsWeightedByInclusionProbability()
    {
        List<DecisionLabel> labels =
        [
            Label(1, 1), Label(2, 1), Label(3, 1), Label(4, 0),
            Label(5, 0, randomCheck: true, p: 0.005),
            Label(6, null),
            Label(7, 1, daysAgo: 400),
            Label(8, 1, prefix: "old"),
        ];
        var synthetic = new Synthetic();

        var set = await Builder(labels, synthetic).BuildAsync(default);

        Assert.Equal(FrozenEvaluationSet.StoredLabels, set.Kind);
        Assert.Equal(5, set.Rows.Count);
        Assert.Equal(3, set.Positives);
        Assert.Equal(200, set.Rows.Single(r => r.RandomCheck).Weight, 6);
        Assert.All(set.Rows.Where(r => !r.RandomCheck), r => Assert.Equal(1, r.Weight));
        Assert.All(set.Rows, r => Assert.Equal((0.25, "CW", "Caribbean"), (r.RulesScore, r.Jurisdiction, r.NationalityGroup)));
        Assert.Null(synthetic.Seed);
        Assert.Equal(FrozenEvaluationSet.HashOf(set.Rows), set.ContentHash);
        Assert.StartsWith("es-20261201120000-" + set.ContentHash[..12], set.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_PartnerOutcomes_OverrideTheReviewersLabels()
    {
        // Partners found no indication behind one referral and a victim behind a case the reviewer closed; "unknown" changes nothing.
        List<DecisionLabel> labels = [Label(1, 1), Label(2, 1), Label(3, 1), Label(4, 1), Label(5, 0), Label(6, null)];
        PartnerOutcome Outcome(int i, PartnerOutcomeKind kind) => new(Jurisdiction.CW, $"sig-{i}", $"case-{i}", "victim-support", kind, Now, "partner");

        var set = await Builder(labels, new Synthetic(), null,
            Outcome(1, PartnerOutcomeKind.NoIndication), Outcome(2, PartnerOutcomeKind.Unknown), Outcome(6, PartnerOutcomeKind.ConfirmedVictim)).BuildAsync(default);

        Assert.Equal(FrozenEvaluationSet.StoredLabels, set.Kind);
        Assert.Equal(6, set.Rows.Count);
        Assert.Equal(4, set.Positives);
    }

    [Fact]
    public async Task BuildAsync_TooFewStoredPositives_SyntheticHoldoutFromTheFixedSeedAndSaysSo()
    {
        var synthetic = new Synthetic();

        var set = await Builder([Label(1, 1), Label(2, 0)], synthetic, new ModelGateOptions { MinimumPositives = 3, SyntheticCount = 500, SyntheticSeed = 42 }).BuildAsync(default);

        Assert.Equal(FrozenEvaluationSet.SyntheticHoldout, set.Kind);
        Assert.True(set.IsSynthetic);
        Assert.Equal(42, synthetic.Seed);
        Assert.Equal(500, set.Rows.Count);
        Assert.Contains("1 positive stored labels, fewer than the minimum 3", set.Description, StringComparison.Ordinal);
        Assert.Contains("seed 42", set.Description, StringComparison.Ordinal);
        Assert.All(set.Rows, r => Assert.Equal(0.5, r.RulesScore));
    }

    [Fact]
    public async Task BuildAsync_SameLabelsTwice_SameContentHash()
    {
        List<DecisionLabel> labels = [Label(1, 1), Label(2, 1), Label(3, 1), Label(4, 0)];

        var first = await Builder(labels, new Synthetic()).BuildAsync(default);
        var second = await Builder(labels, new Synthetic()).BuildAsync(default);

        Assert.Equal(first.ContentHash, second.ContentHash);
    }
}
