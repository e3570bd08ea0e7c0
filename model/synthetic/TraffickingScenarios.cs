namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Injects trafficking: picks a scenario and a jurisdiction, draws the ring behind it, and spreads
/// its victims (travellers or permit applications) over a few weeks, all on circumstantial indicators.
/// </summary>
internal sealed class TraffickingScenarios(SyntheticRun run)
{
    private readonly SyntheticRandom _rng = run.Rng;
    private readonly VictimTravellers _travellers = new(run);
    private readonly VictimPermits _permits = new(run);

    /// <summary>Adds one ring's victims, at most <paramref name="remaining"/>.</summary>
    public void AddRing(int remaining)
    {
        var pools = run.PickJurisdiction();
        var ae = pools.Profile.AdultEntertainmentPermits;
        var kind = _rng.Weighted<ScenarioKind>(
        [
            (ScenarioKind.SexualExploitationTravel, 18), (ScenarioKind.SexualExploitationPermit, ae ? 12 : 4),
            (ScenarioKind.LabourExploitationTravel, 12), (ScenarioKind.LabourExploitationPermit, 18),
            (ScenarioKind.DomesticServitudeTravel, 5), (ScenarioKind.DomesticServitudePermit, 5),
            (ScenarioKind.ChildTrafficking, 10), (ScenarioKind.ForcedCriminality, 10), (ScenarioKind.SmugglingGroup, 10),
        ]);
        var size = kind switch
        {
            ScenarioKind.LabourExploitationPermit => _rng.Int(2, 12),
            ScenarioKind.LabourExploitationTravel => _rng.Int(2, 8),
            ScenarioKind.SexualExploitationTravel or ScenarioKind.SexualExploitationPermit => _rng.Int(1, 6),
            ScenarioKind.DomesticServitudeTravel or ScenarioKind.DomesticServitudePermit => _rng.Int(1, 2),
            ScenarioKind.ChildTrafficking => _rng.Int(1, 3),
            ScenarioKind.ForcedCriminality => _rng.Int(1, 4),
            _ => _rng.Int(3, 10),
        };
        size = Math.Min(size, remaining);
        var ring = TraffickingRing.Draw(pools, kind, _rng);
        var start = _rng.Int(0, run.Days - 1);
        var spread = _rng.Int(0, 40);
        for (var i = 0; i < size; i++)
        {
            var at = run.FlightDay(Math.Min(run.Days - 1, start + (kind == ScenarioKind.SmugglingGroup ? 0 : _rng.Int(0, spread)))).AddHours(_rng.Uniform(5, 23));
            if (kind is ScenarioKind.SexualExploitationPermit or ScenarioKind.LabourExploitationPermit or ScenarioKind.DomesticServitudePermit)
            {
                run.Add(_permits.Create(pools, kind, ring, at), at, kind);
            }
            else
            {
                run.Add(_travellers.Create(pools, kind, ring, at, size, i), at, kind);
            }
        }
    }
}
