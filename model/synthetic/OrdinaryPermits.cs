using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Features;
using static BorderScreening.Model.Synthetic.SyntheticVocabulary;

namespace BorderScreening.Model.Synthetic;

/// <summary>Ordinary work-permit applications: regular, seasonal, domestic, specialist, adult entertainment and agency-placed.</summary>
internal sealed class OrdinaryPermits(SyntheticRun run)
{
    private readonly SyntheticRandom _rng = run.Rng;

    /// <summary>An ordinary application of the given kind, at the jurisdiction's wages and terms.</summary>
    public WorkPermitRecord Create(JurisdictionPools pools, ScenarioKind kind, DateTimeOffset at)
    {
        var min = MinimumWageTable.HourlyMinimum(pools.Profile.Jurisdiction);
        var employer = kind == ScenarioKind.AdultEntertainmentPermit ? pools.Clubs[_rng.Int(0, pools.Clubs.Length - 1)] : pools.Employers[_rng.Skewed(pools.Employers.Length)];
        var agency = _rng.Chance(kind switch { ScenarioKind.AgencyPlacedPermit => 1.0, ScenarioKind.SeasonalPermit => 0.5, ScenarioKind.AdultEntertainmentPermit => 0.4, ScenarioKind.DomesticPermit => 0.3, _ => 0.15 })
            ? pools.Agencies[_rng.Skewed(pools.Agencies.Length)] : null;
        var (wageLow, wageHigh, hoursLow, hoursHigh, housing) = kind switch
        {
            ScenarioKind.SeasonalPermit => (1.0, 1.5, 40, 48, 0.6),
            ScenarioKind.DomesticPermit => (1.0, 1.4, 38, 48, 0.6),
            ScenarioKind.SpecialistPermit => (2.0, 5.0, 38, 45, 0.3),
            ScenarioKind.AdultEntertainmentPermit => (1.0, 1.5, 30, 45, 0.6),
            ScenarioKind.AgencyPlacedPermit => (1.0, 1.15, 44, 56, 0.8),
            _ => (1.05, 2.5, 36, 45, 0.15),
        };
        var housed = _rng.Chance(housing);
        var domesticEmployer = new Party { Name = $"{_rng.Pick(Surnames)} {_rng.Pick(GivenNames)} {_rng.Int(1, 99999)}", PartyKind = PartyKind.Person };
        var domesticAddress = pools.PrivateAddress(_rng);
        return run.Records.Permit(pools, at, kind switch
        {
            ScenarioKind.DomesticPermit => new Employer(domesticEmployer, "DOMESTIC", domesticAddress),
            _ => employer,
        },
            kind,
            age: kind == ScenarioKind.AdultEntertainmentPermit ? _rng.Int(21, 38) : _rng.Int(19, 60),
            wage: Math.Round(min * (decimal)_rng.Uniform(wageLow, wageHigh), 2),
            hours: _rng.Int(hoursLow, hoursHigh),
            housed: housed,
            housingAddress: housed ? (kind == ScenarioKind.DomesticPermit ? domesticAddress : employer.HousingAddress) : _rng.Chance(0.5) ? pools.PrivateAddress(_rng) : null,
            agency: agency,
            fees: agency is not null && _rng.Chance(kind == ScenarioKind.AgencyPlacedPermit ? 0.6 : 0.1) ? Math.Round(min * 173m * (decimal)_rng.Uniform(0.05, kind == ScenarioKind.AgencyPlacedPermit ? 1.2 : 0.3), 0) : 0m,
            submitter: agency is not null ? Submitter.Agency : _rng.Chance(0.7) ? Submitter.Employer : Submitter.Applicant,
            inPerson: _rng.Chance(kind switch { ScenarioKind.AdultEntertainmentPermit => 0.92, ScenarioKind.AgencyPlacedPermit => 0.3, _ => 0.45 }),
            loan: _rng.Chance(kind == ScenarioKind.AgencyPlacedPermit ? 0.08 : 0.03),
            documents: _rng.Chance(0.97) ? DocumentKeeper.Worker : DocumentKeeper.Employer,
            duration: kind switch
            {
                ScenarioKind.SeasonalPermit or ScenarioKind.AgencyPlacedPermit => _rng.Int(60, 270),
                ScenarioKind.AdultEntertainmentPermit => _rng.Pick([90, 90, 180]),
                _ => _rng.Pick([180, 365, 365, 730, 1095]),
            },
            phone: null);
    }
}
