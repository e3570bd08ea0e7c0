using System.Globalization;
using BorderScreening.Domain.Records;
using static BorderScreening.Model.Synthetic.SyntheticVocabulary;

namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Builds traveller records and work-permit applications from the facts a scenario decided, drawing
/// the incidental details (names, documents, contact, birth date) from the run's stream and the
/// protected attributes from their own.
/// </summary>
internal sealed class SyntheticRecordFactory(SyntheticRandom rng, SyntheticRandom audit)
{
    private readonly SyntheticRandom _rng = rng;
    private readonly SyntheticRandom _audit = audit;

    /// <summary>A traveller on a one-leg flight, arriving in or departing from the jurisdiction.</summary>
    public TravellerRecord Traveller(JurisdictionPools pools, DateTimeOffset at, double flightHours, string message, int index, string flight, string origin, string? surname, int age,
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

    /// <summary>A work-permit application on the given terms.</summary>
    public WorkPermitRecord Permit(JurisdictionPools pools, DateTimeOffset at, Employer employer, ScenarioKind kind, int age, decimal wage, int hours, bool housed, string? housingAddress,
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
}
