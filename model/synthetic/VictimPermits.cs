using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Features;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Work-permit applications behind sexual exploitation, labour exploitation and domestic servitude:
/// low wages, long hours, employer housing, agency fees, documents kept by others.
/// </summary>
internal sealed class VictimPermits(SyntheticRun run)
{
    private readonly SyntheticRandom _rng = run.Rng;

    /// <summary>One application of a ring placing victims through work permits.</summary>
    public WorkPermitRecord Create(JurisdictionPools pools, ScenarioKind kind, TraffickingRing ring, DateTimeOffset at)
    {
        var min = MinimumWageTable.HourlyMinimum(pools.Profile.Jurisdiction);
        var domestic = kind == ScenarioKind.DomesticServitudePermit;
        var sexual = kind == ScenarioKind.SexualExploitationPermit;
        var employer = domestic ? new Employer(ring.Sponsor, "DOMESTIC", ring.Address) : ring.Employer;
        var agency = _rng.Chance(domestic ? 0.5 : 0.75) ? ring.Agency : null;
        var housed = _rng.Chance(domestic ? 0.9 : 0.8);
        var kindOfPermit = sexual
            ? (pools.Profile.AdultEntertainmentPermits ? ScenarioKind.AdultEntertainmentPermit : ScenarioKind.RegularPermit)
            : domestic ? ScenarioKind.DomesticPermit : _rng.Chance(0.5) ? ScenarioKind.SeasonalPermit : ScenarioKind.RegularPermit;
        return run.Records.Permit(pools, at, employer, kindOfPermit,
            age: sexual ? _rng.Int(18, 26) : _rng.Int(19, 50),
            wage: Math.Round(min * (decimal)(_rng.Chance(domestic ? 0.65 : 0.55) ? _rng.Uniform(0.45, 0.97) : _rng.Uniform(1.0, 1.25)), 2),
            hours: _rng.Chance(domestic ? 0.65 : 0.5) ? _rng.Int(52, domestic ? 84 : 72) : _rng.Int(40, 48),
            housed: housed,
            housingAddress: housed ? (domestic ? ring.Address : employer.HousingAddress) : null,
            agency: agency,
            fees: agency is not null && _rng.Chance(0.6) ? Math.Round(min * 173m * (decimal)_rng.Uniform(0.5, 4), 0) : 0m,
            submitter: agency is not null ? Submitter.Agency : _rng.Chance(0.3) ? Submitter.ThirdParty : Submitter.Employer,
            inPerson: _rng.Chance(sexual ? 0.35 : 0.25),
            loan: _rng.Chance(sexual ? 0.4 : 0.25),
            documents: _rng.Chance(sexual || domestic ? 0.4 : 0.3) ? (_rng.Chance(0.7) ? DocumentKeeper.Employer : DocumentKeeper.Other) : DocumentKeeper.Worker,
            duration: sexual ? _rng.Pick([30, 60, 90]) : _rng.Int(60, 365),
            phone: _rng.Chance(0.45) ? ring.Phone : null);
    }
}
