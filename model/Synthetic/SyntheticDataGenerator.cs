using System.Globalization;
using BorderScreening.Core.Records;
using BorderScreening.Model.Features;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Generates a seeded stream of traveller records and work-permit applications for all six
/// jurisdictions, with injected trafficking scenarios built from circumstantial indicators only,
/// noisy labels, and the rolling network counts each record would have seen. Same options ⇒ same
/// output. Every assumption is listed in docs/model.md.
/// </summary>
public sealed class SyntheticDataGenerator
{
    private static readonly (string Code, double Weight)[] Nationalities =
    [
        ("NLD", 14), ("USA", 22), ("CAN", 5), ("VEN", 7), ("COL", 7), ("DOM", 5), ("HTI", 2), ("JAM", 2),
        ("SUR", 2), ("GUY", 1.5), ("ABW", 4), ("CUW", 4), ("SXM", 2), ("BRA", 2), ("PER", 1), ("CHN", 1.5),
        ("IND", 2), ("PHL", 1.5), ("DEU", 2), ("FRA", 2), ("GBR", 1.5), ("NGA", 0.7), ("GHA", 0.4), ("CUB", 1),
    ];

    private static readonly string[] Surnames =
    [
        "JANSEN", "DE VRIES", "SMITH", "JOHNSON", "GARCIA", "RODRIGUEZ", "MARTINEZ", "PEREZ", "GOMEZ", "SILVA",
        "MARTIS", "CROES", "WINKLAAR", "RICHARDSON", "BROWN", "WILLIAMS", "LEE", "SANTOS", "REYES", "CRUZ",
        "HERNANDEZ", "LOPEZ", "DIAZ", "SCHMIDT", "MULLER", "DUPONT", "BAKER", "WANG", "PATEL", "OKAFOR",
    ];

    private static readonly string[] GivenNames =
    [
        "MARIA", "JOHN", "ANA", "JOSE", "LUIS", "SARAH", "DAVID", "CARMEN", "PETER", "LINDA", "KEVIN", "ROSA",
        "DANIEL", "SOFIA", "MICHAEL", "ELENA", "CARLOS", "EMMA", "RAJ", "MEI", "OLUWASEUN", "JEAN", "NOAH", "LUCIA",
    ];

    private static readonly string[] Streets = ["KAYA", "STRAAT", "ROAD", "WEG", "CAMINO", "LANE", "BOULEVARD"];
    private static readonly string[] BigBookingAgents = ["EXPEDIA", "BOOKING-HOLDINGS", "KLM-DIRECT", "AA-DIRECT", "TUI", "CORENDON", "SUNWING"];

    private static readonly string[] LegitSectors = ["HOSPITALITY", "HOSPITALITY", "HOSPITALITY", "CONSTRUCTION", "RETAIL", "HEALTHCARE", "AGRICULTURE", "MARITIME", "SECURITY"];

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
        var run = new Run(_options);
        return run.Execute();
    }

    private sealed record Draft(ScreeningRecord Record, DateTimeOffset ScreenedAt, ScenarioKind Scenario, int Sequence);

    private sealed record Employer(Party Party, string Sector, string HousingAddress);

    private sealed class Pools
    {
        public required JurisdictionProfile Profile { get; init; }
        public required string[] Hotels { get; init; }
        public required Employer[] Employers { get; init; }
        public required Employer[] Clubs { get; init; }
        public required Party[] Agencies { get; init; }
        public required Party[] Schools { get; init; }
        public required string[] SchoolHousing { get; init; }
        public required Party[] BusinessCompanies { get; init; }
        public required string[] TourOperators { get; init; }
        public required string[] LocalAgents { get; init; }
    }

    /// <summary>Shared entities of one trafficking ring; members use each with some probability.</summary>
    private sealed record Ring(string Phone, string Email, string PayerId, Party Sponsor, string Address, string Agent, Employer Employer, Party Agency, string Group);

    private sealed class Run(SyntheticOptions options)
    {
        private readonly SyntheticRandom _rng = new(options.Seed);

        // Audit attributes come from their own stream: whatever record a draw lands on, the values are
        // independent of every circumstance and of the label by construction.
        private readonly SyntheticRandom _audit = new(unchecked((options.Seed * 7919) + 104729));
        private readonly List<Draft> _drafts = new(options.Count);
        private readonly Dictionary<JurisdictionProfile, Pools> _pools = [];
        private int _days;
        private int _sequence;

        public IReadOnlyList<GeneratedExample> Execute()
        {
            _days = Math.Max(1, (int)Math.Ceiling(options.Count / (double)options.RecordsPerDay));
            foreach (var profile in JurisdictionProfile.All)
            {
                _pools[profile] = CreatePools(profile);
            }

            var positives = (int)Math.Round(options.Count * options.PositiveRate);
            while (_drafts.Count < positives)
            {
                AddRing(positives - _drafts.Count);
            }

            while (_drafts.Count < options.Count)
            {
                AddOrdinary();
            }

            var ordered = _drafts.OrderBy(d => d.ScreenedAt).ThenBy(d => d.Sequence).ToList();
            var counter = new RollingNetworkCounter();
            var examples = new List<GeneratedExample>(ordered.Count);
            foreach (var draft in ordered)
            {
                var counts = counter.Add(draft.Record, draft.ScreenedAt);
                var isTrue = draft.Scenario.IsTrafficking();
                var r = _rng.Next();
                bool? observed = isTrue
                    ? r < options.UnlabelledFraction ? null : r < options.UnlabelledFraction + options.MissedByReviewFraction ? false : true
                    : r < options.FalseLabelRate ? true : r < options.FalseLabelRate + options.ReviewedNegativeRate ? false : null;
                examples.Add(new GeneratedExample
                {
                    Record = draft.Record,
                    TrueLabel = isTrue,
                    ObservedLabel = observed,
                    Typology = draft.Scenario.TypologyOf(),
                    Scenario = draft.Scenario,
                    ScreenedAt = draft.ScreenedAt,
                    Counts = counts,
                });
            }

            return examples;
        }

        // ---------- pools ----------

        private Pools CreatePools(JurisdictionProfile p)
        {
            var code = p.Jurisdiction.ToCode();
            string Address(string prefix) => $"{prefix} {_rng.Pick(Streets)} {_rng.Int(1, 400)}, {code}";
            var employers = Enumerable.Range(0, p.Employers)
                .Select(i => new Employer(
                    new Party { Id = $"{code}-KVK-{100000 + i}", Name = $"{_rng.Pick(Surnames)} {(i % 3 == 0 ? "NV" : "BV")}", PartyKind = PartyKind.Company },
                    _rng.Pick(LegitSectors),
                    Address("STAFF HOUSING")))
                .ToArray();
            var clubs = Enumerable.Range(0, 8)
                .Select(i => new Employer(
                    new Party { Id = $"{code}-KVK-{900000 + i}", Name = $"CLUB {_rng.Pick(Surnames)}", PartyKind = PartyKind.Company },
                    "ADULT_ENTERTAINMENT",
                    Address("CLUB RESIDENCE")))
                .ToArray();
            return new Pools
            {
                Profile = p,
                Hotels = Enumerable.Range(0, p.Hotels).Select(i => $"HOTEL {_rng.Pick(Surnames)} {i}, {code}").ToArray(),
                Employers = employers,
                Clubs = clubs,
                Agencies = Enumerable.Range(0, 25).Select(i => new Party { Id = $"AGY-{code}-{i:D3}", Name = $"{_rng.Pick(Surnames)} STAFFING", PartyKind = PartyKind.Company }).ToArray(),
                Schools = Enumerable.Range(0, 4).Select(i => new Party { Id = $"EDU-{code}-{i}", Name = $"UNIVERSITY {code} {i}", PartyKind = PartyKind.Public }).ToArray(),
                SchoolHousing = Enumerable.Range(0, 4).Select(_ => Address("CAMPUS")).ToArray(),
                BusinessCompanies = Enumerable.Range(0, 300).Select(i => new Party { Id = $"BIZ-{i:D4}", Name = $"{_rng.Pick(Surnames)} CORP", PartyKind = PartyKind.Company }).ToArray(),
                TourOperators = Enumerable.Range(0, 12).Select(i => $"TOUR-OP-{code}-{i}").ToArray(),
                LocalAgents = Enumerable.Range(0, 40).Select(i => $"IATA-{code}-{1000 + i}").ToArray(),
            };
        }

        private Pools PickJurisdiction() =>
            _pools[_rng.Weighted(JurisdictionProfile.All.Select(p => (p, p.Share)).ToArray())];

        // ---------- ordinary records ----------

        private void AddOrdinary()
        {
            var pools = PickJurisdiction();
            var at = RandomTime();
            if (_rng.Chance(options.PermitShare))
            {
                var kind = _rng.Weighted<ScenarioKind>(
                [
                    (ScenarioKind.RegularPermit, 55), (ScenarioKind.SeasonalPermit, 20), (ScenarioKind.DomesticPermit, 10),
                    (ScenarioKind.SpecialistPermit, 10), (ScenarioKind.AdultEntertainmentPermit, pools.Profile.AdultEntertainmentPermits ? 5 : 0),
                    (ScenarioKind.AgencyPlacedPermit, 12),
                ]);
                AddPermit(OrdinaryPermit(pools, kind, at), at, kind);
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
            size = Math.Min(size, options.Count - _drafts.Count);
            AddTravellerParty(pools, profile, at, size);
        }

        private void AddTravellerParty(Pools pools, ScenarioKind profile, DateTimeOffset at, int size)
        {
            var shared = new TravelPlan(this, pools, profile, size, at);
            for (var i = 0; i < size; i++)
            {
                var t = shared.Member(i, at);
                _drafts.Add(new Draft(t, at, profile, _sequence++));
            }
        }

        /// <summary>The shared facts of a party travelling on one booking.</summary>
        private sealed class TravelPlan
        {
            private readonly Run _run;
            private readonly Pools _pools;
            private readonly ScenarioKind _profile;
            private readonly int _size;
            private readonly string _message;
            private readonly string _flight;
            private readonly string _origin;
            private readonly double _flightHours;
            private readonly BookingFacts? _booking;
            private readonly string _address;
            private readonly Party? _sponsor;
            private readonly string _surname;
            private readonly bool _family;

            public TravelPlan(Run run, Pools pools, ScenarioKind profile, int size, DateTimeOffset at)
            {
                _run = run;
                _pools = pools;
                _profile = profile;
                _size = size;
                var rng = run._rng;
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
                    ScenarioKind.Tourist or ScenarioKind.BusinessVisitor or ScenarioKind.TourGroup => rng.Chance(0.88) ? pools.Hotels[rng.Skewed(pools.Hotels.Length)] : PrivateAddress(rng, pools),
                    ScenarioKind.Crew => pools.Hotels[rng.Int(0, Math.Min(3, pools.Hotels.Length - 1))],
                    ScenarioKind.ContractLabourTraveller => rng.Chance(0.6) ? employer!.HousingAddress : PrivateAddress(rng, pools),
                    ScenarioKind.Student => rng.Chance(0.5) ? pools.SchoolHousing[school] : PrivateAddress(rng, pools),
                    _ => PrivateAddress(rng, pools),
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
                var rng = _run._rng;
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

                return _run.Traveller(_pools, at, _flightHours, _message, index, _flight, _origin, _family ? _surname : null, age, _booking, _address,
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

        private WorkPermitRecord OrdinaryPermit(Pools pools, ScenarioKind kind, DateTimeOffset at)
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
            var domesticAddress = PrivateAddress(_rng, pools);
            return Permit(pools, at, kind switch
            {
                ScenarioKind.DomesticPermit => new Employer(domesticEmployer, "DOMESTIC", domesticAddress),
                _ => employer,
            },
                kind,
                age: kind == ScenarioKind.AdultEntertainmentPermit ? _rng.Int(21, 38) : _rng.Int(19, 60),
                wage: Math.Round(min * (decimal)_rng.Uniform(wageLow, wageHigh), 2),
                hours: _rng.Int(hoursLow, hoursHigh),
                housed: housed,
                housingAddress: housed ? (kind == ScenarioKind.DomesticPermit ? domesticAddress : employer.HousingAddress) : _rng.Chance(0.5) ? PrivateAddress(_rng, pools) : null,
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

        // ---------- trafficking scenarios ----------

        private void AddRing(int remaining)
        {
            var pools = PickJurisdiction();
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
            var code = pools.Profile.Jurisdiction.ToCode();
            var ring = new Ring(
                Phone: $"{pools.Profile.PhonePrefix}{_rng.Digits(6)}",
                Email: $"{_rng.Code(8).ToLowerInvariant()}@mail.example",
                PayerId: $"CARD-{_rng.Digits(12)}",
                Sponsor: new Party { Name = $"{_rng.Pick(Surnames)} {_rng.Pick(GivenNames)} {_rng.Int(1, 99999)}", PartyKind = PartyKind.Person },
                Address: PrivateAddress(_rng, pools),
                Agent: $"IATA-{code}-{_rng.Int(5000, 9999)}",
                Employer: kind == ScenarioKind.SexualExploitationPermit && _rng.Chance(0.5) ? pools.Clubs[_rng.Int(0, pools.Clubs.Length - 1)]
                    : _rng.Chance(0.7) ? new Employer(new Party { Id = $"{code}-KVK-{_rng.Int(200000, 899999)}", Name = $"{_rng.Pick(Surnames)} SERVICES", PartyKind = PartyKind.Company }, kind == ScenarioKind.SexualExploitationPermit ? "ADULT_ENTERTAINMENT" : _rng.Pick(["CONSTRUCTION", "AGRICULTURE", "HOSPITALITY", "CLEANING"]), PrivateAddress(_rng, pools))
                    : pools.Employers[_rng.Int(0, pools.Employers.Length - 1)],
                Agency: new Party { Id = $"AGY-X-{_rng.Code(5)}", Name = $"{_rng.Pick(Surnames)} RECRUITMENT", PartyKind = PartyKind.Company },
                Group: $"GRP-{_rng.Code(6)}");
            var start = _rng.Int(0, _days - 1);
            var spread = _rng.Int(0, 40);
            for (var i = 0; i < size; i++)
            {
                var at = FlightDay(Math.Min(_days - 1, start + (kind == ScenarioKind.SmugglingGroup ? 0 : _rng.Int(0, spread)))).AddHours(_rng.Uniform(5, 23));
                if (kind is ScenarioKind.SexualExploitationPermit or ScenarioKind.LabourExploitationPermit or ScenarioKind.DomesticServitudePermit)
                {
                    AddPermit(VictimPermit(pools, kind, ring, at), at, kind);
                }
                else
                {
                    _drafts.Add(new Draft(VictimTraveller(pools, kind, ring, at, size, i), at, kind, _sequence++));
                }
            }
        }

        private TravellerRecord VictimTraveller(Pools pools, ScenarioKind kind, Ring ring, DateTimeOffset at, int size, int index)
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
                : _rng.Chance(0.6) ? pools.Hotels[_rng.Skewed(pools.Hotels.Length)] : PrivateAddress(_rng, pools);
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
            return Traveller(pools, at, _rng.Uniform(0.5, 9.5), $"MSG-{_rng.Code(10)}", index, $"{_rng.Pick(pools.Profile.Carriers)}{_rng.Int(1, 9999):D4}", _rng.Pick(pools.Profile.Origins), null, age, booking, address, purpose,
                sponsor, guardian, observations, TravellerRole.Passenger,
                phone: _rng.Chance(0.5) ? ring.Phone : null,
                email: _rng.Chance(0.3) ? ring.Email : null,
                direction: Direction.Arrival);
        }

        private WorkPermitRecord VictimPermit(Pools pools, ScenarioKind kind, Ring ring, DateTimeOffset at)
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
            return Permit(pools, at, employer, kindOfPermit,
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

        // ---------- record builders ----------

        private void AddPermit(WorkPermitRecord permit, DateTimeOffset at, ScenarioKind kind) =>
            _drafts.Add(new Draft(permit, at, kind, _sequence++));

        private DateTimeOffset FlightDay(int day) => options.Start.AddDays(day);

        private DateTimeOffset RandomTime() => FlightDay(_rng.Int(0, _days - 1)).AddMinutes(_rng.Int(5 * 60, 23 * 60));

        private static string PrivateAddress(SyntheticRandom rng, Pools pools) =>
            $"{rng.Pick(Streets)} {rng.Pick(Surnames)} {rng.Int(1, 250)}, {pools.Profile.Jurisdiction.ToCode()}";

        private ProtectedAttributes DrawAudit() => new()
        {
            // Drawn from fixed distributions, independent of the scenario, so no signal can ride on them.
            Sex = _audit.Weighted<string>([("F", 49.7), ("M", 49.8), ("X", 0.5)]),
            Nationality = _audit.Weighted(Nationalities),
        };

        private TravelDocument Document(ProtectedAttributes audit, DateTimeOffset at, string type = "P") => new()
        {
            Type = type,
            Number = _rng.Code(9),
            IssuingState = audit.Nationality,
            Expiry = DateOnly.FromDateTime(at.UtcDateTime).AddDays(_rng.Int(200, 3600)),
        };

        private DateOnly BirthDate(DateTimeOffset at, int age) =>
            DateOnly.FromDateTime(at.UtcDateTime).AddYears(-age).AddDays(-_rng.Int(1, 360));

        private TravellerRecord Traveller(Pools pools, DateTimeOffset at, double flightHours, string message, int index, string flight, string origin, string? surname, int age,
            BookingFacts? booking, string address, PurposeOfStay purpose, Party? sponsor, bool? guardian, List<string> observations, TravellerRole role,
            string? phone, string? email, Direction direction)
        {
            var audit = DrawAudit();
            var p = pools.Profile;
            var departure = direction == Direction.Arrival ? origin : p.Airport;
            var arrival = direction == Direction.Arrival ? p.Airport : origin;
            return new TravellerRecord
            {
                Jurisdiction = p.Jurisdiction,
                SourceSystem = $"{p.Jurisdiction.ToCode()}-API",
                MessageReference = message,
                TravellerReference = (index + 1).ToString(CultureInfo.InvariantCulture),
                Direction = direction,
                Carrier = flight[..2],
                FlightNumber = flight,
                Legs = [new FlightLeg { DepartureAirport = departure, ArrivalAirport = arrival, ScheduledDeparture = at, ScheduledArrival = at.AddHours(flightHours) }],
                Name = new PersonName { Surname = surname ?? _rng.Pick(Surnames), GivenNames = _rng.Pick(GivenNames) },
                BirthDate = BirthDate(at, age),
                Audit = audit,
                Document = Document(audit, at, role == TravellerRole.Crew && _rng.Chance(0.5) ? "C" : purpose == PurposeOfStay.ReturningResident && _rng.Chance(0.4) ? "R" : "P"),
                Role = role,
                Booking = booking,
                Contact = new Contact
                {
                    Phone = phone ?? $"+{_rng.Int(1, 599)}{_rng.Digits(8)}",
                    Email = email ?? (_rng.Chance(0.7) ? $"{_rng.Code(7).ToLowerInvariant()}@example.org" : null),
                },
                AddressAtDestination = direction == Direction.Arrival ? address : null,
                PurposeOfStay = purpose,
                Sponsor = sponsor,
                TravellingWithGuardian = guardian,
                Observations = observations,
            };
        }

        private WorkPermitRecord Permit(Pools pools, DateTimeOffset at, Employer employer, ScenarioKind kind, int age, decimal wage, int hours, bool housed, string? housingAddress,
            Party? agency, decimal fees, Submitter submitter, bool inPerson, bool loan, DocumentKeeper documents, int duration, string? phone)
        {
            var audit = DrawAudit();
            var p = pools.Profile;
            return new WorkPermitRecord
            {
                Jurisdiction = p.Jurisdiction,
                SourceSystem = $"{p.Jurisdiction.ToCode()}-PERMITS",
                ApplicationId = $"WP-{_rng.Code(10)}",
                ApplicationDate = DateOnly.FromDateTime(at.UtcDateTime),
                Applicant = new PersonName { Surname = _rng.Pick(Surnames), GivenNames = _rng.Pick(GivenNames) },
                BirthDate = BirthDate(at, age),
                Document = Document(audit, at),
                Audit = audit,
                Employer = employer.Party,
                Sector = employer.Sector,
                OccupationCode = _rng.Pick(["5131", "5120", "7112", "9112", "9211", "5321", "5162"]),
                PermitType = kind switch
                {
                    ScenarioKind.SeasonalPermit => PermitType.Seasonal,
                    ScenarioKind.DomesticPermit => PermitType.DomesticWork,
                    ScenarioKind.SpecialistPermit => PermitType.Specialist,
                    ScenarioKind.AdultEntertainmentPermit => PermitType.AdultEntertainment,
                    _ => PermitType.Regular,
                },
                DurationDays = duration,
                OfferedHourlyWage = wage,
                WeeklyHours = hours,
                HousingProvidedByEmployer = housed,
                HousingAddress = housingAddress,
                RecruitmentAgency = agency,
                FeesPaidByWorker = fees,
                SubmittedBy = submitter,
                AppliedInPerson = inPerson,
                LoanFromEmployer = loan,
                DocumentsKeptBy = documents,
                Contact = new Contact { Phone = phone ?? $"{p.PhonePrefix}{_rng.Digits(6)}" },
            };
        }
    }
}
