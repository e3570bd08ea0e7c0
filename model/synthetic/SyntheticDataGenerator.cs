namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Generates a seeded stream of traveller records and work-permit applications for all six
/// jurisdictions, with injected trafficking scenarios built from circumstantial indicators only,
/// noisy labels, and the rolling network counts each record would have seen. Same options ⇒ same
/// output. Every assumption is listed in docs/model.md.
/// </summary>
public sealed class SyntheticDataGenerator
{
    private readonly SyntheticOptions _options;

    /// <summary>Creates a generator for the given settings.</summary>
    public SyntheticDataGenerator(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Generates the examples, in screening-time order, with their network counts.</summary>
    public IReadOnlyList<GeneratedExample> Generate()
    {
        // One stream feeds every step, so the steps run in this order and no other: pools (drawn
        // when the run starts), trafficking rings, ordinary traffic, then labels.
        var run = new SyntheticRun(_options);
        var trafficking = new TraffickingScenarios(run);
        var ordinary = new OrdinaryTraffic(run);
        var positives = (int)Math.Round(_options.Count * _options.PositiveRate);
        while (run.Drafts.Count < positives)
        {
            trafficking.AddRing(positives - run.Drafts.Count);
        }

        while (run.Drafts.Count < _options.Count)
        {
            ordinary.Add();
        }

        return SyntheticLabelling.Label(run.Drafts, run.Rng, _options);
    }
}
