namespace BorderScreening.Model.Synthetic;

/// <summary>
/// The ordinary traffic that makes up almost all records: tourists, business visitors, residents,
/// family visits, crew, contract labour, students, tour groups and last-minute travellers, and
/// ordinary work-permit applications.
/// </summary>
internal sealed class OrdinaryTraffic(SyntheticRun run)
{
    private readonly SyntheticRandom _rng = run.Rng;
    private readonly OrdinaryPermits _permits = new(run);

    /// <summary>Adds one ordinary permit application or one travelling party.</summary>
    public void Add()
    {
        var pools = run.PickJurisdiction();
        var at = run.RandomTime();
        if (_rng.Chance(run.Options.PermitShare))
        {
            var kind = _rng.Weighted<ScenarioKind>(
            [
                (ScenarioKind.RegularPermit, 55), (ScenarioKind.SeasonalPermit, 20), (ScenarioKind.DomesticPermit, 10),
                (ScenarioKind.SpecialistPermit, 10), (ScenarioKind.AdultEntertainmentPermit, pools.Profile.AdultEntertainmentPermits ? 5 : 0),
                (ScenarioKind.AgencyPlacedPermit, 12),
            ]);
            run.Add(_permits.Create(pools, kind, at), at, kind);
            return;
        }

        var profile = _rng.Weighted<ScenarioKind>(
        [
            (ScenarioKind.Tourist, 58), (ScenarioKind.BusinessVisitor, 8), (ScenarioKind.ReturningResident, 12),
            (ScenarioKind.FamilyVisit, 10), (ScenarioKind.Crew, 5), (ScenarioKind.ContractLabourTraveller, 2.5),
            (ScenarioKind.Student, 1.5), (ScenarioKind.TourGroup, 3), (ScenarioKind.LastMinuteTraveller, 3),
        ]);
        var size = profile switch
        {
            ScenarioKind.Tourist or ScenarioKind.FamilyVisit => _rng.Weighted<int>([(1, 45), (2, 35), (3, 10), (4, 10)]),
            ScenarioKind.TourGroup => _rng.Int(8, 20),
            ScenarioKind.Crew => _rng.Int(1, 6),
            ScenarioKind.LastMinuteTraveller => _rng.Int(1, 3),
            _ => 1,
        };
        size = Math.Min(size, run.Options.Count - run.Drafts.Count);
        AddTravellerParty(pools, profile, at, size);
    }

    private void AddTravellerParty(JurisdictionPools pools, ScenarioKind profile, DateTimeOffset at, int size)
    {
        var shared = new TravelPlan(run, pools, profile, size, at);
        for (var i = 0; i < size; i++)
        {
            var t = shared.Member(i, at);
            run.Add(t, at, profile);
        }
    }
}
