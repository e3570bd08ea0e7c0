using BorderScreening.Domain.Records;
using static BorderScreening.Model.Synthetic.SyntheticVocabulary;

namespace BorderScreening.Model.Synthetic;

/// <summary>The shared facts of a party travelling on one booking.</summary>
internal sealed class TravelPlan
{
    private readonly SyntheticRun _run;
    private readonly JurisdictionPools _pools;
    private readonly ScenarioKind _profile;
    private readonly string _message;
    private readonly string _flight;
    private readonly string _origin;
    private readonly double _flightHours;
    private readonly BookingFacts? _booking;
    private readonly string _address;
    private readonly Party? _sponsor;
    private readonly string _surname;
    private readonly bool _family;

    public TravelPlan(SyntheticRun run, JurisdictionPools pools, ScenarioKind profile, int size, DateTimeOffset at)
    {
        _run = run;
        _pools = pools;
        _profile = profile;
        var rng = run.Rng;
        var p = pools.Profile;
        _message = $"MSG-{rng.Code(10)}";
        var carrier = rng.Pick(p.Carriers);
        _flight = $"{carrier}{rng.Int(1, 9999):D4}";
        _origin = rng.Pick(p.Origins);
        _flightHours = rng.Uniform(0.5, 9.5);
        _surname = rng.Pick(Surnames);
        _family = profile is ScenarioKind.Tourist or ScenarioKind.FamilyVisit && size > 1 && rng.Chance(0.7);
        Employer? employer = profile == ScenarioKind.ContractLabourTraveller ? pools.Employers[rng.Skewed(pools.Employers.Length)] : null;
        var school = rng.Int(0, pools.Schools.Length - 1);
        _sponsor = profile switch
        {
            ScenarioKind.BusinessVisitor when rng.Chance(0.5) => pools.BusinessCompanies[rng.Skewed(pools.BusinessCompanies.Length)],
            ScenarioKind.FamilyVisit => new Party { Name = $"{rng.Pick(Surnames)} {rng.Pick(GivenNames)} {rng.Int(1, 99999)}", PartyKind = PartyKind.Person },
            ScenarioKind.ContractLabourTraveller => employer!.Party,
            ScenarioKind.Student => pools.Schools[school],
            ScenarioKind.LastMinuteTraveller when rng.Chance(0.3) => new Party { Name = $"{rng.Pick(Surnames)} {rng.Pick(GivenNames)} {rng.Int(1, 99999)}", PartyKind = PartyKind.Person },
            _ => null,
        };
        _address = profile switch
        {
            ScenarioKind.Tourist or ScenarioKind.BusinessVisitor or ScenarioKind.TourGroup => rng.Chance(0.88) ? pools.Hotels[rng.Skewed(pools.Hotels.Length)] : pools.PrivateAddress(rng),
            ScenarioKind.Crew => pools.Hotels[rng.Int(0, Math.Min(3, pools.Hotels.Length - 1))],
            ScenarioKind.ContractLabourTraveller => rng.Chance(0.6) ? employer!.HousingAddress : pools.PrivateAddress(rng),
            ScenarioKind.Student => rng.Chance(0.5) ? pools.SchoolHousing[school] : pools.PrivateAddress(rng),
            _ => pools.PrivateAddress(rng),
        };
        if (profile == ScenarioKind.Crew)
        {
            return;
        }

        var lead = profile switch
        {
            ScenarioKind.BusinessVisitor => rng.Chance(0.25) ? rng.Int(0, 3) : rng.Int(4, 40),
            ScenarioKind.ReturningResident => rng.Chance(0.1) ? rng.Int(0, 3) : rng.Int(4, 120),
            ScenarioKind.ContractLabourTraveller => rng.Int(2, 45),
            ScenarioKind.LastMinuteTraveller => rng.Chance(0.8) ? rng.Int(0, 4) : rng.Int(5, 10),
            _ => rng.Chance(0.05) ? rng.Int(0, 6) : rng.Int(7, 180),
        };
        var oneWay = profile switch
        {
            ScenarioKind.ReturningResident => 0.5,
            ScenarioKind.ContractLabourTraveller => 0.5,
            ScenarioKind.Student => 0.4,
            ScenarioKind.TourGroup => 0.01,
            ScenarioKind.LastMinuteTraveller => 0.35,
            _ => 0.03,
        };
        var paidBy = profile switch
        {
            ScenarioKind.BusinessVisitor or ScenarioKind.ContractLabourTraveller or ScenarioKind.TourGroup => Payer.Company,
            ScenarioKind.Student => rng.Chance(0.6) ? Payer.OtherPerson : Payer.Self,
            ScenarioKind.FamilyVisit => rng.Chance(0.3) ? Payer.OtherPerson : Payer.Self,
            ScenarioKind.LastMinuteTraveller => rng.Chance(0.35) ? Payer.OtherPerson : Payer.Self,
            _ => rng.Chance(0.12) ? Payer.OtherPerson : rng.Chance(0.03) ? Payer.Company : Payer.Self,
        };
        var payerId = paidBy switch
        {
            Payer.Company when profile == ScenarioKind.ContractLabourTraveller => employer!.Party.Id,
            Payer.Company when profile == ScenarioKind.TourGroup => rng.Pick(pools.TourOperators),
            Payer.Company => (_sponsor ?? pools.BusinessCompanies[rng.Skewed(pools.BusinessCompanies.Length)]).Id,
            Payer.OtherPerson => $"CARD-{rng.Digits(12)}",
            _ => null,
        };
        var payerAlong = paidBy == Payer.OtherPerson ? (bool?)(profile is ScenarioKind.Tourist && size > 1 ? rng.Chance(0.9) : profile is ScenarioKind.LastMinuteTraveller ? rng.Chance(0.5) : rng.Chance(0.2)) : null;
        _booking = new BookingFacts
        {
            BookingDate = DateOnly.FromDateTime(at.AddDays(-lead).UtcDateTime),
            TripType = rng.Chance(oneWay) ? TripType.OneWay : TripType.Return,
            FormOfPayment = rng.Weighted<FormOfPayment>([(FormOfPayment.Card, 90), (FormOfPayment.Cash, profile switch { ScenarioKind.ReturningResident => 4, ScenarioKind.LastMinuteTraveller => 12, _ => 2 }), (FormOfPayment.Transfer, 4), (FormOfPayment.Voucher, 3), (FormOfPayment.Other, 1)]),
            PaidBy = paidBy,
            PayerId = payerId,
            PayerTravelsAlong = payerAlong,
            BookingAgent = profile == ScenarioKind.TourGroup ? payerId : profile == ScenarioKind.LastMinuteTraveller && rng.Chance(0.3) ? rng.Pick(pools.LocalAgents) : rng.Chance(0.45) ? rng.Pick(BigBookingAgents) : rng.Chance(0.2) ? rng.Pick(pools.LocalAgents) : null,
            GroupReference = size > 1 ? $"GRP-{rng.Code(6)}" : null,
            CoTravellerCount = size - 1,
        };
    }

    public TravellerRecord Member(int index, DateTimeOffset at)
    {
        var rng = _run.Rng;
        var minor = _family && index >= 2 || _profile == ScenarioKind.Student && rng.Chance(0.1);
        var age = minor ? rng.Int(1, 17) : _profile switch
        {
            ScenarioKind.Student => rng.Int(18, 26),
            ScenarioKind.Crew => rng.Int(22, 60),
            ScenarioKind.ContractLabourTraveller => rng.Int(20, 55),
            ScenarioKind.TourGroup => rng.Int(30, 82),
            ScenarioKind.LastMinuteTraveller => rng.Chance(0.6) ? rng.Int(18, 35) : rng.Int(36, 60),
            _ => rng.Int(19, 80),
        };
        bool? guardian = minor ? (_profile == ScenarioKind.Student ? rng.Chance(0.2) : rng.Chance(0.97)) : null;
        var observations = new List<string>();
        if (rng.Chance(0.004))
        {
            observations.Add(ObservationCodes.InsufficientMeans);
        }

        if (rng.Chance(0.002))
        {
            observations.Add(rng.Pick(ObservationCodes.All.Order(StringComparer.Ordinal).ToArray()));
        }

        return _run.Records.Traveller(_pools, at, _flightHours, _message, index, _flight, _origin, _family ? _surname : null, age, _booking, _address,
            _profile switch
            {
                ScenarioKind.Tourist => PurposeOfStay.Tourism,
                ScenarioKind.TourGroup => PurposeOfStay.Tourism,
                ScenarioKind.BusinessVisitor => PurposeOfStay.Business,
                ScenarioKind.ReturningResident => PurposeOfStay.ReturningResident,
                ScenarioKind.FamilyVisit => PurposeOfStay.Family,
                ScenarioKind.Crew => PurposeOfStay.Other,
                ScenarioKind.ContractLabourTraveller => PurposeOfStay.Work,
                ScenarioKind.Student => PurposeOfStay.Study,
                ScenarioKind.LastMinuteTraveller => rng.Weighted<PurposeOfStay>([(PurposeOfStay.Tourism, 60), (PurposeOfStay.Family, 30), (PurposeOfStay.Work, 10)]),
                _ => PurposeOfStay.Other,
            },
            _sponsor, guardian, observations, _profile == ScenarioKind.Crew ? TravellerRole.Crew : TravellerRole.Passenger, phone: null, email: null,
            direction: _profile == ScenarioKind.Crew || rng.Chance(0.85) ? Direction.Arrival : Direction.Departure);
    }
}
