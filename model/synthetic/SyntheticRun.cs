using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// The state of one generation: the seeded stream every draw comes from, the jurisdictions' pools,
/// the calendar and the drafts so far. Every part of the generator draws from <see cref="Rng"/>, so
/// the order of the calls is the output: same options, same calls ⇒ same records.
/// </summary>
internal sealed class SyntheticRun
{
    private readonly List<DraftExample> _drafts;
    private readonly Dictionary<JurisdictionProfile, JurisdictionPools> _pools = [];
    private int _sequence;

    public SyntheticRun(SyntheticOptions options)
    {
        Options = options;
        Rng = new SyntheticRandom(options.Seed);

        // Audit attributes come from their own stream: whatever record a draw lands on, the values are
        // independent of every circumstance and of the label by construction.
        Records = new SyntheticRecordFactory(Rng, new SyntheticRandom(unchecked((options.Seed * 7919) + 104729)));
        _drafts = new(options.Count);
        Days = Math.Max(1, (int)Math.Ceiling(options.Count / (double)options.RecordsPerDay));
        foreach (var profile in JurisdictionProfile.All)
        {
            _pools[profile] = JurisdictionPools.Create(profile, Rng);
        }
    }

    public SyntheticOptions Options { get; }

    public SyntheticRandom Rng { get; }

    public SyntheticRecordFactory Records { get; }

    /// <summary>How many days the records spread over.</summary>
    public int Days { get; }

    public IReadOnlyList<DraftExample> Drafts => _drafts;

    public void Add(ScreeningRecord record, DateTimeOffset at, ScenarioKind scenario) =>
        _drafts.Add(new DraftExample(record, at, scenario, _sequence++));

    /// <summary>A jurisdiction drawn by its share of the traffic.</summary>
    public JurisdictionPools PickJurisdiction() =>
        _pools[Rng.Weighted(JurisdictionProfile.All.Select(p => (p, p.Share)).ToArray())];

    public DateTimeOffset FlightDay(int day) => Options.Start.AddDays(day);

    /// <summary>A day of the run, between 05:00 and 23:00.</summary>
    public DateTimeOffset RandomTime() => FlightDay(Rng.Int(0, Days - 1)).AddMinutes(Rng.Int(5 * 60, 23 * 60));
}
