using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using E = BorderScreening.Domain.Records.NetworkEntityType;
using TestRecords = BorderScreening.TestSupport.Records;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Indicators;

/// <summary>
/// For every indicator of the shipped catalogue: a record that fires it and a near-identical one
/// that does not. The catalogue tests fail when an indicator has no case here.
/// </summary>
internal static class IndicatorCases
{
    private static readonly TravellerRecord T = TestRecords.Traveller();
    private static readonly WorkPermitRecord W = TestRecords.WorkPermit();
    private static readonly TravellerRecord Minor = T with { BirthDate = MinorBirthDate };
    private static readonly WorkPermitRecord Ae = W with { PermitType = PermitType.AdultEntertainment };
    private static readonly WorkPermitRecord Domestic = W with { PermitType = PermitType.DomesticWork, Sector = "DOMESTIC" };

    public static IReadOnlyDictionary<string, (ScreeningContext Fires, ScreeningContext DoesNotFire)> All { get; } =
        new Dictionary<string, (ScreeningContext, ScreeningContext)>(StringComparer.Ordinal)
        {
            ["TRV-MINOR-UNACCOMPANIED"] = (
                Context(Minor with { TravellingWithGuardian = false }),
                Context(Minor with { TravellingWithGuardian = true })),
            ["TRV-MINOR-UNRELATED-SPONSOR"] = (
                Context(Minor with { Sponsor = Person }),
                Context(Minor with { Sponsor = Hotel })),
            ["TRV-MINOR-SPONSOR-NETWORK"] = (
                Context(Minor with { Sponsor = Person }, (E.Sponsor, 90, 3)),
                Context(Minor with { Sponsor = Person }, (E.Sponsor, 90, 2))),
            ["TRV-MINOR-GROUP-BOOKING"] = (
                Context(Minor with { Booking = T.Booking! with { GroupReference = "GRP-1", CoTravellerCount = 5 } }),
                Context(Minor with { Booking = T.Booking! with { GroupReference = "GRP-1", CoTravellerCount = 2 } })),
            ["TRV-THIRD-PARTY-PAYMENT"] = (
                Context(Paid(Payer.OtherPerson)),
                Context(Paid(Payer.Self))),
            ["TRV-PAYER-TRAVELS-ALONG"] = (
                Context(T with { Booking = T.Booking! with { PaidBy = Payer.OtherPerson, PayerTravelsAlong = true } }),
                Context(T with { Booking = T.Booking! with { PaidBy = Payer.OtherPerson, PayerTravelsAlong = false } })),
            ["TRV-ONEWAY-LASTMINUTE"] = (
                Context(T with { Booking = T.Booking! with { TripType = TripType.OneWay, BookingDate = new DateOnly(2026, 11, 29) } }),
                Context(T with { Booking = T.Booking! with { TripType = TripType.OneWay, BookingDate = new DateOnly(2026, 10, 1) } })),
            ["TRV-CASH-THIRD-PARTY"] = (
                Context(T with { Booking = T.Booking! with { FormOfPayment = FormOfPayment.Cash, PaidBy = Payer.Company } }),
                Context(T with { Booking = T.Booking! with { FormOfPayment = FormOfPayment.Cash, PaidBy = Payer.Self } })),
            ["TRV-SPONSOR-NETWORK"] = (
                Context(T with { Sponsor = Person }, (E.Sponsor, 30, 5)),
                Context(T with { Sponsor = Person }, (E.Sponsor, 30, 4))),
            ["TRV-PAYER-NETWORK"] = (
                Context(Paid(Payer.Company, "ACME"), (E.Payer, 30, 4)),
                Context(Paid(Payer.Company, "ACME"), (E.Payer, 30, 3))),
            ["TRV-PHONE-NETWORK"] = (
                Context(T, (E.ContactPhone, 30, 4)),
                Context(T, (E.ContactPhone, 30, 3))),
            ["TRV-ADDRESS-NETWORK"] = (
                Context(T, (E.Address, 30, 6)),
                Context(T, (E.Address, 30, 5))),
            ["TRV-BOOKING-AGENT-NETWORK"] = (
                Context(T with { Booking = T.Booking! with { BookingAgent = "IATA-123" } }, (E.BookingAgent, 7, 15)),
                Context(T with { Booking = T.Booking! with { BookingAgent = "IATA-123" } }, (E.BookingAgent, 7, 14))),
            ["TRV-OBS-DOCUMENTS-HELD"] = (
                Context(Observed(ObservationCodes.DocumentsHeldByOther)),
                Context(Observed())),
            ["TRV-OBS-CONTROLLED"] = (
                Context(Observed(ObservationCodes.ScriptedAnswers)),
                Context(Observed(ObservationCodes.Fearful))),
            ["TRV-OBS-UNAWARE-DESTINATION"] = (
                Context(Observed(ObservationCodes.UnawareOfDestination)),
                Context(Observed(ObservationCodes.DebtMentioned))),
            ["TRV-OBS-ABUSE"] = (
                Context(Observed(ObservationCodes.Fearful)),
                Context(Observed(ObservationCodes.JobMismatch))),
            ["TRV-OBS-DEBT"] = (
                Context(Observed(ObservationCodes.DebtMentioned)),
                Context(Observed())),
            ["TRV-OBS-JOB-MISMATCH"] = (
                Context(Observed(ObservationCodes.JobMismatch)),
                Context(Observed())),
            ["TRV-COURIER-PATTERN"] = (
                Context(Observed(ObservationCodes.InsufficientMeans) with
                {
                    Booking = T.Booking! with { TripType = TripType.OneWay, FormOfPayment = FormOfPayment.Cash, PaidBy = Payer.OtherPerson },
                }),
                Context(Observed(ObservationCodes.InsufficientMeans) with
                {
                    Booking = T.Booking! with { TripType = TripType.Return, FormOfPayment = FormOfPayment.Cash, PaidBy = Payer.OtherPerson },
                })),
            ["TRV-MEANS-PAID-BY-OTHER"] = (
                Context(Observed(ObservationCodes.InsufficientMeans) with { Booking = T.Booking! with { PaidBy = Payer.OtherPerson } }),
                Context(Observed(ObservationCodes.InsufficientMeans) with { Booking = T.Booking! with { PaidBy = Payer.Self } })),
            ["TRV-WORK-FOR-PRIVATE-PERSON"] = (
                Context(T with { PurposeOfStay = PurposeOfStay.Work, Sponsor = Person }),
                Context(T with { PurposeOfStay = PurposeOfStay.Work, Sponsor = Company })),
            ["TRV-SPONSOR-HOTEL"] = (
                Context(T with { Sponsor = Hotel }),
                Context(T with { Sponsor = Company })),
            ["TRV-SPONSOR-PUBLIC"] = (
                Context(T with { Sponsor = Public }),
                Context(T with { Sponsor = Company })),

            ["TRV-MINOR-GUARDIAN-CONSENT"] = (
                Context(Minor with { TravellingWithGuardian = false, Trip = new TripFacts { GuardianConsent = true } }),
                Context(Minor with { TravellingWithGuardian = false, Trip = new TripFacts { GuardianConsent = false } })),
            ["TRV-MINOR-UMNR-SERVICE"] = (
                Context(Minor with { TravellingWithGuardian = false, Booking = T.Booking! with { UnaccompaniedMinorService = true } }),
                Context(Minor with { TravellingWithGuardian = true, Booking = T.Booking! with { UnaccompaniedMinorService = true } })),
            ["TRV-MINOR-ORGANISED-GROUP"] = (
                Context(Minor with { Trip = new TripFacts { Group = new OrganisedGroup { Kind = GroupKind.School, ResponsibleOrganisation = "Colegio San Pedro" } } }),
                Context(Minor with { Trip = new TripFacts { Group = new OrganisedGroup { Kind = GroupKind.School } } })),
            ["TRV-MEDICAL-TRAVEL"] = (
                Context(T with { Trip = new TripFacts { MedicalTravel = true } }),
                Context(T with { Trip = new TripFacts { MedicalTravel = true }, PurposeOfStay = PurposeOfStay.Work })),
            ["TRV-BUSINESS-PAID-BY-EMPLOYER"] = (
                Context(T with { PurposeOfStay = PurposeOfStay.Business, Sponsor = Company, Booking = T.Booking! with { PaidBy = Payer.Company } }),
                Context(T with { PurposeOfStay = PurposeOfStay.Business, Sponsor = Person, Booking = T.Booking! with { PaidBy = Payer.Company } })),

            ["WP-WAGE-BELOW-MINIMUM"] = (
                Context(W with { OfferedHourlyWage = 9m }),
                Context(W with { OfferedHourlyWage = 12.5m })),
            ["WP-EXCESSIVE-HOURS"] = (
                Context(W with { WeeklyHours = 72 }),
                Context(W with { WeeklyHours = 40 })),
            ["WP-RECRUITMENT-FEES"] = (
                Context(W with { FeesPaidByWorker = 500 }),
                Context(W with { FeesPaidByWorker = 0 })),
            ["WP-RECRUITMENT-FEES-HIGH"] = (
                Context(W with { FeesPaidByWorker = 2500 }),
                Context(W with { FeesPaidByWorker = 500 })),
            ["WP-DOCUMENTS-KEPT-BY-EMPLOYER"] = (
                Context(W with { DocumentsKeptBy = DocumentKeeper.Employer }),
                Context(W with { DocumentsKeptBy = DocumentKeeper.Worker })),
            ["WP-LOAN-FROM-EMPLOYER"] = (
                Context(W with { LoanFromEmployer = true }),
                Context(W with { LoanFromEmployer = false })),
            ["WP-EMPLOYER-HOUSING-SHARED"] = (
                Context(W with { HousingProvidedByEmployer = true, HousingAddress = "Camp 1" }, (E.Address, 90, 8)),
                Context(W with { HousingProvidedByEmployer = true, HousingAddress = "Camp 1" }, (E.Address, 90, 7))),
            ["WP-EMPLOYER-NETWORK"] = (
                Context(W, (E.Employer, 30, 20)),
                Context(W, (E.Employer, 30, 19))),
            ["WP-AGENCY-NETWORK"] = (
                Context(W with { RecruitmentAgency = Company }, (E.RecruitmentAgency, 30, 10)),
                Context(W with { RecruitmentAgency = Company }, (E.RecruitmentAgency, 30, 9))),
            ["WP-PHONE-SHARED"] = (
                Context(W, (E.ContactPhone, 30, 3)),
                Context(W, (E.ContactPhone, 30, 2))),
            ["WP-HOUSED-AT-WORKPLACE"] = (
                Context(W with { HousingAddress = "Kaya Industria 4, Willemstad", WorkplaceAddress = "KAYA INDUSTRIA 4 WILLEMSTAD" }),
                Context(W with { HousingAddress = "Kaya Grandi 12, Willemstad", WorkplaceAddress = "Kaya Industria 4, Willemstad" })),
            ["WP-EMPLOYER-NEWLY-REGISTERED"] = (
                Context(W with { Employer = Company with { RegisteredOn = W.ApplicationDate!.Value.AddDays(-30) } }),
                Context(W with { Employer = Company with { RegisteredOn = W.ApplicationDate!.Value.AddDays(-400) } })),
            ["WP-NO-REST-DAY"] = (
                Context(W with { RestDaysPerWeek = 0 }),
                Context(W with { RestDaysPerWeek = 1 })),
            ["WP-AE-UNDER-21"] = (
                Context(Ae with { BirthDate = new DateOnly(2006, 6, 1) }),
                Context(Ae with { BirthDate = new DateOnly(2000, 6, 1) })),
            ["WP-AE-NOT-IN-PERSON"] = (
                Context(Ae with { AppliedInPerson = false }),
                Context(Ae with { AppliedInPerson = true })),
            ["WP-AE-SHORT-PERMIT"] = (
                Context(Ae with { DurationDays = 60 }),
                Context(Ae with { DurationDays = 365 })),
            ["WP-AE-LOAN"] = (
                Context(Ae with { LoanFromEmployer = true }),
                Context(Ae with { LoanFromEmployer = false })),
            ["WP-AE-DOCUMENTS-NOT-WITH-WORKER"] = (
                Context(Ae with { DocumentsKeptBy = DocumentKeeper.Employer }),
                Context(Ae with { DocumentsKeptBy = DocumentKeeper.Worker })),
            ["WP-AE-COMPLIANT"] = (
                Context(Ae with { AppliedInPerson = true, DocumentsKeptBy = DocumentKeeper.Worker, LoanFromEmployer = false }),
                Context(Ae with { AppliedInPerson = true, DocumentsKeptBy = DocumentKeeper.Worker, LoanFromEmployer = true })),
            ["WP-DOMESTIC-DOCUMENTS-HELD"] = (
                Context(Domestic with { DocumentsKeptBy = DocumentKeeper.Employer }),
                Context(Domestic with { DocumentsKeptBy = DocumentKeeper.Worker })),
            ["WP-DOMESTIC-LIVE-IN-LONG-HOURS"] = (
                Context(Domestic with { HousingProvidedByEmployer = true, WeeklyHours = 60 }),
                Context(Domestic with { HousingProvidedByEmployer = true, WeeklyHours = 40 })),
            ["WP-DOMESTIC-BELOW-MINIMUM"] = (
                Context(Domestic with { OfferedHourlyWage = 8m }),
                Context(Domestic with { OfferedHourlyWage = 12.5m })),
            ["WP-MINOR-APPLICANT"] = (
                Context(W with { BirthDate = new DateOnly(2010, 5, 5) }),
                Context(W with { BirthDate = new DateOnly(1995, 2, 3) })),
            ["WP-SUBMITTED-BY-THIRD-PARTY"] = (
                Context(W with { SubmittedBy = Submitter.ThirdParty }),
                Context(W with { SubmittedBy = Submitter.Applicant })),
            ["WP-NO-FEES-AGENCY"] = (
                Context(W with { RecruitmentAgency = Company, FeesPaidByWorker = 0 }),
                Context(W with { RecruitmentAgency = Company, FeesPaidByWorker = 100 })),
            ["WP-SPECIALIST"] = (
                Context(W with { PermitType = PermitType.Specialist }),
                Context(W with { PermitType = PermitType.Regular })),
            ["WP-SEASONAL-FEES-HOUSING"] = (
                Context(W with { PermitType = PermitType.Seasonal, FeesPaidByWorker = 300, HousingProvidedByEmployer = true }),
                Context(W with { PermitType = PermitType.Seasonal, FeesPaidByWorker = 300, HousingProvidedByEmployer = false })),
        }.Concat(WatchlistIndicatorCases.All()).ToDictionary(StringComparer.Ordinal);

    private static TravellerRecord Paid(Payer payer, string? payerId = null) =>
        T with { Booking = T.Booking! with { PaidBy = payer, PayerId = payerId } };

    private static TravellerRecord Observed(params string[] codes) => T with { Observations = codes };
}
