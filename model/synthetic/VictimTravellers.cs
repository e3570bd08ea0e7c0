using BorderScreening.Domain.Records;
using static BorderScreening.Model.Synthetic.SyntheticVocabulary;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Victims of a ring travelling: sexual or labour exploitation, domestic servitude, child trafficking,
/// forced criminality and smuggling groups, each with the booking, payer, address and observation
/// patterns of its typology and the ring's shared contacts.
/// </summary>
internal sealed class VictimTravellers(SyntheticRun run)
{
    private readonly SyntheticRandom _rng = run.Rng;

    /// <summary>The <paramref name="index"/>th victim of a ring of <paramref name="size"/> travelling.</summary>
    public TravellerRecord Create(JurisdictionPools pools, ScenarioKind kind, TraffickingRing ring, DateTimeOffset at, int size, int index)
    {
        var child = kind == ScenarioKind.ChildTrafficking;
        var age = kind switch
        {
            ScenarioKind.ChildTrafficking => _rng.Int(8, 17),
            ScenarioKind.SexualExploitationTravel => _rng.Chance(0.05) ? 17 : _rng.Int(18, 27),
            ScenarioKind.ForcedCriminality => _rng.Int(18, 32),
            ScenarioKind.DomesticServitudeTravel => _rng.Int(18, 48),
            _ => _rng.Int(18, 50),
        };
        var paidBy = kind switch
        {
            ScenarioKind.LabourExploitationTravel => _rng.Chance(0.6) ? Payer.Company : _rng.Chance(0.5) ? Payer.OtherPerson : Payer.Self,
            ScenarioKind.SexualExploitationTravel => _rng.Weighted<Payer>([(Payer.OtherPerson, 55), (Payer.Company, 15), (Payer.Self, 30)]),
            ScenarioKind.ChildTrafficking => _rng.Chance(0.8) ? Payer.OtherPerson : Payer.Self,
            ScenarioKind.ForcedCriminality or ScenarioKind.SmugglingGroup => _rng.Chance(0.55) ? Payer.OtherPerson : Payer.Self,
            _ => _rng.Chance(0.7) ? Payer.OtherPerson : Payer.Self,
        };
        var lead = _rng.Chance(kind == ScenarioKind.LabourExploitationTravel ? 0.3 : 0.45) ? _rng.Int(0, 5) : _rng.Int(6, 45);
        var booking = new BookingFacts
        {
            BookingDate = DateOnly.FromDateTime(at.AddDays(-lead).UtcDateTime),
            TripType = _rng.Chance(kind == ScenarioKind.ForcedCriminality ? 0.4 : 0.6) ? TripType.OneWay : TripType.Return,
            FormOfPayment = _rng.Weighted<FormOfPayment>([(FormOfPayment.Cash, kind == ScenarioKind.ForcedCriminality ? 45 : 22), (FormOfPayment.Card, 60), (FormOfPayment.Transfer, 15)]),
            PaidBy = paidBy,
            PayerId = paidBy switch
            {
                Payer.Company => kind == ScenarioKind.LabourExploitationTravel ? ring.Agency.Id : ring.Employer.Party.Id,
                Payer.OtherPerson => _rng.Chance(0.7) ? ring.PayerId : $"CARD-{_rng.Digits(12)}",
                _ => null,
            },
            PayerTravelsAlong = paidBy == Payer.OtherPerson ? _rng.Chance(child ? 0.4 : 0.2) : null,
            BookingAgent = _rng.Chance(kind is ScenarioKind.ForcedCriminality or ScenarioKind.SmugglingGroup ? 0.65 : 0.3) ? ring.Agent : _rng.Chance(0.4) ? _rng.Pick(BigBookingAgents) : null,
            GroupReference = kind == ScenarioKind.SmugglingGroup || child && _rng.Chance(0.6) ? ring.Group : null,
            CoTravellerCount = kind == ScenarioKind.SmugglingGroup ? size - 1 : child ? _rng.Int(0, 3) : _rng.Chance(0.3) ? _rng.Int(1, 3) : 0,
        };
        var sponsor = kind switch
        {
            ScenarioKind.LabourExploitationTravel => _rng.Chance(0.7) ? ring.Employer.Party : null,
            ScenarioKind.SmugglingGroup or ScenarioKind.ForcedCriminality => _rng.Chance(0.2) ? ring.Sponsor : null,
            _ => _rng.Chance(0.6) ? ring.Sponsor : null,
        };
        var address = _rng.Chance(kind is ScenarioKind.ForcedCriminality ? 0.35 : 0.6)
            ? (kind == ScenarioKind.LabourExploitationTravel ? ring.Employer.HousingAddress : ring.Address)
            : _rng.Chance(0.6) ? pools.Hotels[_rng.Skewed(pools.Hotels.Length)] : pools.PrivateAddress(_rng);
        var observations = new List<string>();
        var obsRate = child ? 0.12 : 0.07;
        foreach (var code in (string[])[ObservationCodes.ScriptedAnswers, ObservationCodes.AccompaniedByController, ObservationCodes.UnawareOfDestination, ObservationCodes.Fearful, ObservationCodes.InsufficientMeans, ObservationCodes.DocumentsHeldByOther, ObservationCodes.DebtMentioned, ObservationCodes.JobMismatch])
        {
            if (_rng.Chance(obsRate))
            {
                observations.Add(code);
            }
        }

        var purpose = kind switch
        {
            ScenarioKind.LabourExploitationTravel => _rng.Chance(0.6) ? PurposeOfStay.Work : PurposeOfStay.Tourism,
            ScenarioKind.DomesticServitudeTravel => _rng.Weighted<PurposeOfStay>([(PurposeOfStay.Family, 60), (PurposeOfStay.Work, 20), (PurposeOfStay.Tourism, 20)]),
            ScenarioKind.SexualExploitationTravel => _rng.Weighted<PurposeOfStay>([(PurposeOfStay.Tourism, 50), (PurposeOfStay.Work, 20), (PurposeOfStay.Family, 20), (PurposeOfStay.Other, 10)]),
            ScenarioKind.ChildTrafficking => _rng.Weighted<PurposeOfStay>([(PurposeOfStay.Family, 50), (PurposeOfStay.Tourism, 40), (PurposeOfStay.Study, 10)]),
            ScenarioKind.SmugglingGroup => _rng.Chance(0.3) ? PurposeOfStay.Transit : PurposeOfStay.Tourism,
            _ => PurposeOfStay.Tourism,
        };
        bool? guardian = child ? _rng.Weighted<bool?>([(false, 55), (null, 25), (true, 20)]) : null;
        return run.Records.Traveller(pools, at, _rng.Uniform(0.5, 9.5), $"MSG-{_rng.Code(10)}", index, $"{_rng.Pick(pools.Profile.Carriers)}{_rng.Int(1, 9999):D4}", _rng.Pick(pools.Profile.Origins), null, age, booking, address, purpose,
            sponsor, guardian, observations, TravellerRole.Passenger,
            phone: _rng.Chance(0.5) ? ring.Phone : null,
            email: _rng.Chance(0.3) ? ring.Email : null,
            direction: Direction.Arrival);
    }
}
