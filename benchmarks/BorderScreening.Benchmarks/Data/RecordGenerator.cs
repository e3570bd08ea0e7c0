using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Benchmarks.Data;

/// <summary>
/// Seeded, valid records with a realistic mix: most travellers and applicants are unremarkable, a
/// few share sponsors, payers, phones, addresses or employers from small pools (so network counts
/// grow), and a few carry the circumstances the catalogue looks for (an unaccompanied minor, a
/// third-party one-way ticket, a low wage, fees paid by the worker). The same seed gives the same
/// records, so runs compare.
/// </summary>
public sealed class RecordGenerator(int seed, string runTag)
{
    /// <summary>The date the records are screened on.</summary>
    public static readonly DateTimeOffset ScreenedAt = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Same date as a <see cref="DateOnly"/>.</summary>
    public static readonly DateOnly Today = DateOnly.FromDateTime(ScreenedAt.UtcDateTime);

    private static readonly string[] Surnames = ["JANSEN", "GARCIA", "MARTINA", "RODRIGUEZ", "SMITH", "DE JONG", "PEREZ", "BROWN", "SILVA", "FRANCISCA"];
    private static readonly string[] GivenNames = ["MARIA", "ANA", "JOHN", "LUIS", "SOFIA", "DAVID", "ELENA", "JOSE", "LINDA", "PETER"];
    private static readonly (string Airport, Jurisdiction Jurisdiction)[] Arrivals = [("CUR", Jurisdiction.CW), ("AUA", Jurisdiction.AW), ("SXM", Jurisdiction.SX), ("BON", Jurisdiction.BQ_BO)];
    private static readonly string[] Departures = ["AMS", "MIA", "BOG", "PTY", "CCS", "SDQ", "JFK"];
    private static readonly string[] Sectors = ["HOSPITALITY", "CONSTRUCTION", "DOMESTIC", "AGRICULTURE", "RETAIL", "ENTERTAINMENT"];

    private readonly Random _random = new(seed);
    private int _next;

    /// <summary>A traveller; <paramref name="arrival"/> fixes the airport (and so the jurisdiction).</summary>
    public TravellerRecord Traveller(string? arrival = null, string messageReference = "BENCH")
    {
        var i = Interlocked.Increment(ref _next);
        var r = _random;
        var (airport, jurisdiction) = arrival is null ? Arrivals[r.Next(Arrivals.Length)] : Arrivals.First(a => a.Airport == arrival);
        var minor = r.NextDouble() < 0.02;
        var birth = minor
            ? new DateOnly(2010 + r.Next(5), 1 + r.Next(12), 1 + r.Next(28))
            : new DateOnly(1955 + r.Next(50), 1 + r.Next(12), 1 + r.Next(28));
        var thirdPartyPays = r.NextDouble() < 0.08;
        var departure = ScreenedAt.AddDays(-1).AddHours(r.Next(24));
        return new TravellerRecord
        {
            Jurisdiction = jurisdiction,
            SourceSystem = "BENCH-API",
            MessageReference = messageReference,
            TravellerReference = string.Create(CultureInfo.InvariantCulture, $"{runTag}-{i}"),
            Direction = Direction.Arrival,
            Carrier = "KL",
            FlightNumber = "KL0765",
            Legs =
            [
                new FlightLeg
                {
                    DepartureAirport = Departures[r.Next(Departures.Length)],
                    ArrivalAirport = airport,
                    ScheduledDeparture = departure,
                    ScheduledArrival = departure.AddHours(4 + r.Next(6)),
                },
            ],
            Name = new PersonName { Surname = Surnames[r.Next(Surnames.Length)], GivenNames = GivenNames[r.Next(GivenNames.Length)] },
            BirthDate = birth,
            Audit = new ProtectedAttributes { Sex = r.NextDouble() < 0.5 ? "F" : "M", Nationality = "NLD" },
            Document = new TravelDocument { Type = "P", Number = string.Create(CultureInfo.InvariantCulture, $"X{runTag}{i:D7}"), IssuingState = "NLD", Expiry = new DateOnly(2031, 1, 1) },
            Booking = new BookingFacts
            {
                BookingDate = Today.AddDays(-r.Next(1, 90)),
                TripType = r.NextDouble() < 0.15 ? TripType.OneWay : TripType.Return,
                FormOfPayment = r.NextDouble() < 0.1 ? FormOfPayment.Cash : FormOfPayment.Card,
                PaidBy = thirdPartyPays ? Payer.OtherPerson : Payer.Self,
                PayerId = thirdPartyPays ? string.Create(CultureInfo.InvariantCulture, $"PAYER-{r.Next(40)}") : null,
                PayerTravelsAlong = thirdPartyPays ? r.NextDouble() < 0.3 : null,
                BookingAgent = r.NextDouble() < 0.5 ? string.Create(CultureInfo.InvariantCulture, $"AGENT-{r.Next(30)}") : null,
            },
            Contact = new Contact
            {
                Phone = r.NextDouble() < 0.1
                    ? string.Create(CultureInfo.InvariantCulture, $"+5999{r.Next(20):D7}")
                    : string.Create(CultureInfo.InvariantCulture, $"+316{i:D8}"),
                Email = r.NextDouble() < 0.6 ? string.Create(CultureInfo.InvariantCulture, $"p{runTag}{i}@example.org") : null,
            },
            AddressAtDestination = r.NextDouble() < 0.3
                ? string.Create(CultureInfo.InvariantCulture, $"Hotel {r.Next(25)}, Willemstad")
                : string.Create(CultureInfo.InvariantCulture, $"Kaya {i} nr {r.Next(200)}"),
            PurposeOfStay = r.NextDouble() switch
            {
                < 0.7 => PurposeOfStay.Tourism,
                < 0.8 => PurposeOfStay.Family,
                < 0.9 => PurposeOfStay.Business,
                _ => PurposeOfStay.Work,
            },
            Sponsor = r.NextDouble() < 0.1 ? new Party { Id = string.Create(CultureInfo.InvariantCulture, $"SP-{r.Next(50)}"), Name = "Sponsor", PartyKind = PartyKind.Person } : null,
            TravellingWithGuardian = minor ? r.NextDouble() < 0.5 : null,
            Observations = r.NextDouble() < 0.01 ? [ObservationCodes.ScriptedAnswers] : [],
        };
    }

    /// <summary>An unaccompanied minor: the catalogue forces review, so this is always a hit.</summary>
    public TravellerRecord Hit(string arrival = "CUR") => Traveller(arrival) with
    {
        BirthDate = new DateOnly(2013, 5, 1),
        TravellingWithGuardian = false,
    };

    /// <summary>A work-permit application.</summary>
    public WorkPermitRecord WorkPermit(Jurisdiction? fixedJurisdiction = null)
    {
        var i = Interlocked.Increment(ref _next);
        var r = _random;
        var jurisdiction = fixedJurisdiction ?? Arrivals[r.Next(Arrivals.Length)].Jurisdiction;
        var housing = r.NextDouble() < 0.3;
        return new WorkPermitRecord
        {
            Jurisdiction = jurisdiction,
            SourceSystem = "BENCH-PERMITS",
            ApplicationId = string.Create(CultureInfo.InvariantCulture, $"WP-{runTag}-{i}"),
            ApplicationDate = Today.AddDays(-r.Next(1, 30)),
            Applicant = new PersonName { Surname = Surnames[r.Next(Surnames.Length)], GivenNames = GivenNames[r.Next(GivenNames.Length)] },
            BirthDate = new DateOnly(1965 + r.Next(40), 1 + r.Next(12), 1 + r.Next(28)),
            Audit = new ProtectedAttributes { Sex = r.NextDouble() < 0.5 ? "F" : "M", Nationality = "COL" },
            Document = new TravelDocument { Type = "P", Number = string.Create(CultureInfo.InvariantCulture, $"W{runTag}{i:D7}"), IssuingState = "COL" },
            Employer = new Party { Id = string.Create(CultureInfo.InvariantCulture, $"KVK-{r.Next(60)}"), Name = "Employer NV", PartyKind = PartyKind.Company },
            Sector = Sectors[r.Next(Sectors.Length)],
            OccupationCode = "5131",
            PermitType = r.NextDouble() < 0.9 ? PermitType.Regular : PermitType.Seasonal,
            DurationDays = 90 + r.Next(300),
            OfferedHourlyWage = Math.Round(9m + (decimal)r.NextDouble() * 16m, 2),
            WeeklyHours = 36 + r.Next(25),
            HousingProvidedByEmployer = housing,
            HousingAddress = housing ? string.Create(CultureInfo.InvariantCulture, $"Compound {r.Next(20)}") : null,
            RecruitmentAgency = r.NextDouble() < 0.2 ? new Party { Id = string.Create(CultureInfo.InvariantCulture, $"AG-{r.Next(15)}"), Name = "Agency", PartyKind = PartyKind.Company } : null,
            FeesPaidByWorker = r.NextDouble() < 0.1 ? 500m + r.Next(2000) : 0m,
            SubmittedBy = r.NextDouble() < 0.8 ? Submitter.Employer : Submitter.Agency,
            AppliedInPerson = r.NextDouble() < 0.9,
            LoanFromEmployer = r.NextDouble() < 0.02,
            DocumentsKeptBy = r.NextDouble() < 0.02 ? DocumentKeeper.Employer : DocumentKeeper.Worker,
            Contact = new Contact { Phone = string.Create(CultureInfo.InvariantCulture, $"+57{i:D9}") },
        };
    }

    /// <summary>A mix: three travellers to one permit application.</summary>
    public ScreeningRecord Mixed() => _random.Next(4) == 0 ? WorkPermit() : Traveller();
}
