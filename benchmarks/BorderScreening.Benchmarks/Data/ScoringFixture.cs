using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;
using Microsoft.Extensions.Options;

namespace BorderScreening.Benchmarks.Data;

/// <summary>
/// The in-process scoring path with the shipped catalogue and the model in service, plus
/// ready-made contexts: pseudonymised records whose network counts come from an in-memory tally of
/// the records before them (what the Tables counter would have returned).
/// </summary>
public sealed class ScoringFixture
{
    private ScoringFixture(IRiskModel model, IReadOnlyList<ScreeningContext> contexts)
    {
        Model = model;
        Evaluator = new CatalogueIndicatorEvaluator(IndicatorCatalogueHolder.FromEmbedded());
        Risk = new RiskCalculator(Options.Create(new RiskOptions()));
        Pipeline = new ScreeningPipeline(Evaluator, model, Risk);
        Contexts = contexts;
    }

    /// <summary>The model the pipeline uses.</summary>
    public IRiskModel Model { get; }

    /// <summary>The shipped catalogue's evaluator.</summary>
    public CatalogueIndicatorEvaluator Evaluator { get; }

    /// <summary>The risk calculator (default options).</summary>
    public RiskCalculator Risk { get; }

    /// <summary>Indicators → model → risk.</summary>
    public ScreeningPipeline Pipeline { get; }

    /// <summary>The records, ready to score.</summary>
    public IReadOnlyList<ScreeningContext> Contexts { get; }

    /// <summary>Builds <paramref name="count"/> contexts from the seeded mix.</summary>
    public static ScoringFixture Create(int count, int seed = 42, IRiskModel? model = null)
    {
        var generator = new RecordGenerator(seed, "s" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var records = new List<ScreeningRecord>(count);
        for (var i = 0; i < count; i++)
        {
            records.Add(generator.Mixed());
        }

        return new ScoringFixture(model ?? ModelFactory.InService(), BuildContexts(records));
    }

    /// <summary>Pseudonymises records and fills their counts from an in-memory tally.</summary>
    public static IReadOnlyList<ScreeningContext> BuildContexts(IReadOnlyList<ScreeningRecord> records)
    {
        var pseudonymiser = new Pseudonymiser(new FixedKeyProvider());
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var contexts = new List<ScreeningContext>(records.Count);
        foreach (var record in records)
        {
            var pseudonyms = pseudonymiser.Pseudonymise(record);
            var counts = new NetworkCounts();
            foreach (var (type, hash) in pseudonyms.Entities)
            {
                var seen = tally[hash] = tally.GetValueOrDefault(hash) + 1;

                // Records spread evenly over 90 days: the narrower windows hold their share.
                counts.Set(type, 7, Math.Max(1, seen * 7 / 90));
                counts.Set(type, 30, Math.Max(1, seen * 30 / 90));
                counts.Set(type, 90, seen);
            }

            contexts.Add(new ScreeningContext(record, pseudonyms, counts, RecordGenerator.ScreenedAt));
        }

        return contexts;
    }

    /// <summary>Fixed benchmark keys, one per jurisdiction (never real ones).</summary>
    public sealed class FixedKeyProvider : IPseudonymisationKeyProvider
    {
        /// <inheritdoc />
        public PseudonymisationKey Current(Jurisdiction jurisdiction) =>
            new($"bench-{jurisdiction.ToCode().ToLowerInvariant()}", Enumerable.Range(1, 32).Select(b => (byte)(b + (int)jurisdiction)).ToArray());

        /// <inheritdoc />
        public IReadOnlyList<PseudonymisationKey> Previous(Jurisdiction jurisdiction) => [];
    }
}
