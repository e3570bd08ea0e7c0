using BorderScreening.Domain.Records;

namespace BorderScreening.TestSupport;

/// <summary>Builders for valid records that tests then vary with <c>with</c>.</summary>
public static class Records
{
    public static TravellerRecord Traveller(string reference = "1", Jurisdiction jurisdiction = Jurisdiction.CW) => new()
    {
        Jurisdiction = jurisdiction,
        SourceSystem = "TEST-API",
        MessageReference = "MSG-0001",
        TravellerReference = reference,
        Direction = Direction.Arrival,
        Carrier = "KL",
        FlightNumber = "KL0765",
        Legs =
        [
            new FlightLeg
            {
                DepartureAirport = "AMS",
                ArrivalAirport = "CUR",
                ScheduledDeparture = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero),
                ScheduledArrival = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero),
            },
        ],
        Name = new PersonName { Surname = "JANSEN", GivenNames = "MARIA" },
        BirthDate = new DateOnly(1990, 4, 12),
        Audit = new ProtectedAttributes { Sex = "F", Nationality = "NLD" },
        Document = new TravelDocument { Type = "P", Number = "NX1234567", IssuingState = "NLD", Expiry = new DateOnly(2030, 1, 1) },
        Booking = new BookingFacts
        {
            BookingDate = new DateOnly(2026, 10, 1),
            TripType = TripType.Return,
            FormOfPayment = FormOfPayment.Card,
            PaidBy = Payer.Self,
        },
        Contact = new Contact { Phone = "+31612345678", Email = "maria@example.org" },
        AddressAtDestination = "Hotel Kura Hulanda, Willemstad",
        PurposeOfStay = PurposeOfStay.Tourism,
    };

    public static WorkPermitRecord WorkPermit(string applicationId = "WP-1", Jurisdiction jurisdiction = Jurisdiction.SX) => new()
    {
        Jurisdiction = jurisdiction,
        SourceSystem = "TEST-PERMITS",
        ApplicationId = applicationId,
        ApplicationDate = new DateOnly(2026, 11, 1),
        Applicant = new PersonName { Surname = "GARCIA", GivenNames = "ANA" },
        BirthDate = new DateOnly(1995, 2, 3),
        Audit = new ProtectedAttributes { Sex = "F", Nationality = "COL" },
        Document = new TravelDocument { Type = "P", Number = "AB123456", IssuingState = "COL" },
        Employer = new Party { Id = "KVK-100200", Name = "Sunset Resort NV", PartyKind = PartyKind.Company },
        Sector = "HOSPITALITY",
        OccupationCode = "5131",
        PermitType = PermitType.Regular,
        DurationDays = 365,
        OfferedHourlyWage = 12.5m,
        WeeklyHours = 40,
        HousingProvidedByEmployer = false,
        SubmittedBy = Submitter.Employer,
        Contact = new Contact { Phone = "+17215550101" },
    };
}
