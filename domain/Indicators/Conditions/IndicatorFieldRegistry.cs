using System.Collections.Frozen;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// The explicit list of fields catalogue conditions may read, per record kind, each with a typed
/// accessor. Circumstances and behaviour only: there is deliberately no accessor for audit
/// attributes, names, the document's issuing state or type, or the MRZ (DESIGN §5).
/// </summary>
internal static class IndicatorFieldRegistry
{
    private const string NoBooking = "no booking data";
    private const string NoSponsor = "no sponsor named";
    private const string NoContact = "no contact details";
    private const string NoEmployer = "no employer named";
    private const string NoTrip = "no trip facts";
    private const string NoGroup = "not travelling with an organised group";

    private static readonly FrozenDictionary<string, IndicatorField> TravellerFields = BuildTraveller();
    private static readonly FrozenDictionary<string, IndicatorField> WorkPermitFields = BuildWorkPermit();

    private static readonly FrozenSet<NetworkEntityType> TravellerEntities = new[]
    {
        NetworkEntityType.Sponsor, NetworkEntityType.Payer, NetworkEntityType.ContactPhone,
        NetworkEntityType.ContactEmail, NetworkEntityType.Address, NetworkEntityType.BookingAgent,
    }.ToFrozenSet();

    private static readonly FrozenSet<NetworkEntityType> WorkPermitEntities = new[]
    {
        NetworkEntityType.Employer, NetworkEntityType.RecruitmentAgency, NetworkEntityType.ContactPhone,
        NetworkEntityType.ContactEmail, NetworkEntityType.Address,
    }.ToFrozenSet();

    /// <summary>The fields of a record kind, by name.</summary>
    public static IReadOnlyDictionary<string, IndicatorField> For(RecordKind kind) =>
        kind == RecordKind.Traveller ? TravellerFields : WorkPermitFields;

    /// <summary>The network entities a record kind can name (for <c>networkCount</c>).</summary>
    public static IReadOnlySet<NetworkEntityType> EntitiesFor(RecordKind kind) =>
        kind == RecordKind.Traveller ? TravellerEntities : WorkPermitEntities;

    /// <summary>Whether the record names the entity (clear value or pseudonym).</summary>
    internal static bool NamesEntity(ScreeningRecord record, Pseudonyms pseudonyms, NetworkEntityType type)
    {
        if (pseudonyms.Entities.ContainsKey(type))
        {
            return true;
        }

        var value = record switch
        {
            TravellerRecord t => type switch
            {
                NetworkEntityType.Sponsor => PartyKey(t.Sponsor),
                NetworkEntityType.Payer => t.Booking?.PayerId,
                NetworkEntityType.ContactPhone => t.Contact?.Phone,
                NetworkEntityType.ContactEmail => t.Contact?.Email,
                NetworkEntityType.Address => t.AddressAtDestination,
                NetworkEntityType.BookingAgent => t.Booking?.BookingAgent,
                _ => null,
            },
            WorkPermitRecord w => type switch
            {
                NetworkEntityType.Employer => PartyKey(w.Employer),
                NetworkEntityType.RecruitmentAgency => PartyKey(w.RecruitmentAgency),
                NetworkEntityType.ContactPhone => w.Contact?.Phone,
                NetworkEntityType.ContactEmail => w.Contact?.Email,
                NetworkEntityType.Address => w.HousingAddress,
                _ => null,
            },
            _ => null,
        };
        return !string.IsNullOrWhiteSpace(value);
    }

    private static FrozenDictionary<string, IndicatorField> BuildTraveller()
    {
        var b = new Builder<TravellerRecord>(RecordKind.Traveller);
        b.Choice("jurisdiction", "Jurisdiction where the screening happens",
            [.. JurisdictionCodes.All.Select(j => j.ToCode())], r => FieldValue.Of(r.Jurisdiction.ToCode()));
        b.Choice<Direction>("direction", "Arrival or departure", r => EnumValue(r.Direction));
        b.Choice<TravellerRole>("role", "Passenger or crew", r => EnumValue(r.Role));
        b.Choice<PurposeOfStay>("purposeOfStay", "Stated purpose of stay", r => EnumValue(r.PurposeOfStay, "purpose of stay not given"));
        b.Add("birthDate", IndicatorFieldType.Date, "Date of birth (use with ageYears)", r => FieldValue.Of(r.BirthDate, "no birth date"));
        b.Add("travellingWithGuardian", IndicatorFieldType.Boolean, "For a minor: a parent or legal guardian travels along",
            r => FieldValue.Of(r.TravellingWithGuardian, "not known whether a guardian travels along"));
        b.Add("addressAtDestination", IndicatorFieldType.Text, "Address at destination", r => FieldValue.OfText(r.AddressAtDestination, "no address at destination"));
        b.Add("sponsor", IndicatorFieldType.Text, "Sponsor or inviter (its id, else its name)", r => FieldValue.OfText(PartyKey(r.Sponsor), NoSponsor));
        b.Choice<PartyKind>("sponsor.kind", "Kind of sponsor",
            r => r.Sponsor is null ? FieldValue.Missing(NoSponsor) : EnumValue(r.Sponsor.PartyKind, "kind of sponsor not given"));
        b.Add("booking.bookingDate", IndicatorFieldType.Date, "Date the ticket was booked",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : FieldValue.Of(r.Booking.BookingDate, "no booking date"));
        b.Choice<TripType>("booking.tripType", "One way or return",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : EnumValue(r.Booking.TripType, "trip type not given"));
        b.Choice<FormOfPayment>("booking.formOfPayment", "Form of payment",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : EnumValue(r.Booking.FormOfPayment, "form of payment not given"));
        b.Choice<Payer>("booking.paidBy", "Who paid the ticket",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : EnumValue(r.Booking.PaidBy, "payer not given"));
        b.Add("booking.payerId", IndicatorFieldType.Text, "Identifier of the paying party",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : FieldValue.OfText(r.Booking.PayerId, "payer id not given"));
        b.Add("booking.payerTravelsAlong", IndicatorFieldType.Boolean, "The payer travels on the same booking",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : FieldValue.Of(r.Booking.PayerTravelsAlong, "not known whether the payer travels along"));
        b.Add("booking.bookingAgent", IndicatorFieldType.Text, "Travel agency or booking agent",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : FieldValue.OfText(r.Booking.BookingAgent, "booking agent not given"));
        b.Add("booking.groupReference", IndicatorFieldType.Text, "Group or booking reference shared by co-travellers",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : FieldValue.OfText(r.Booking.GroupReference, "no group reference"));
        b.Add("booking.coTravellerCount", IndicatorFieldType.Number, "Number of other travellers on the same booking",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : FieldValue.Of(r.Booking.CoTravellerCount, "number of co-travellers not given"));
        b.Add("departure.date", IndicatorFieldType.Date, "Scheduled departure date of the first leg",
            r => r.Legs.Count == 0 ? FieldValue.Missing("no flight legs")
                : r.Legs[0].ScheduledDeparture is { } d ? FieldValue.Of(DateOnly.FromDateTime(d.Date)) : FieldValue.Missing("no scheduled departure"));
        b.Add("legs.count", IndicatorFieldType.Number, "Number of flight legs", r => FieldValue.Of((decimal)r.Legs.Count));
        b.Add("document.expiry", IndicatorFieldType.Date, "Expiry date of the travel document",
            r => r.Document is null ? FieldValue.Missing("no travel document") : FieldValue.Of(r.Document.Expiry, "document expiry not given"));
        b.Add("contact.phone", IndicatorFieldType.Text, "Contact phone number",
            r => r.Contact is null ? FieldValue.Missing(NoContact) : FieldValue.OfText(r.Contact.Phone, "no contact phone"));
        b.Add("contact.email", IndicatorFieldType.Text, "Contact e-mail address",
            r => r.Contact is null ? FieldValue.Missing(NoContact) : FieldValue.OfText(r.Contact.Email, "no contact e-mail"));
        b.Add("booking.unaccompaniedMinorService", IndicatorFieldType.Boolean, "The airline's unaccompanied-minor service (UMNR) is booked: staff escort the child and hand it to a named adult",
            r => r.Booking is null ? FieldValue.Missing(NoBooking) : FieldValue.Of(r.Booking.UnaccompaniedMinorService, "not known whether the UMNR service is booked"));
        b.Add("trip.guardianConsent", IndicatorFieldType.Boolean, "A minor travelling without a parent carries written consent of a parent or guardian",
            r => r.Trip is null ? FieldValue.Missing(NoTrip) : FieldValue.Of(r.Trip.GuardianConsent, "not known whether consent is carried"));
        b.Choice<GroupKind>("trip.group.kind", "Kind of organised group the traveller travels with",
            r => r.Trip?.Group is null ? FieldValue.Missing(NoGroup) : EnumValue(r.Trip.Group.Kind, "kind of group not given"));
        b.Add("trip.group.responsibleNamed", IndicatorFieldType.Boolean, "An adult or organisation that answers for the group is named",
            r => r.Trip?.Group is null ? FieldValue.Missing(NoGroup) : FieldValue.Of(r.Trip.Group.NamesResponsible));
        b.Add("trip.returnDate", IndicatorFieldType.Date, "Date of the booked return or onward departure",
            r => r.Trip is null ? FieldValue.Missing(NoTrip) : FieldValue.Of(r.Trip.ReturnDate, "no return date"));
        b.Add("trip.stayDays", IndicatorFieldType.Number, "Days of stay: the declared length, else arrival to booked return",
            r => r.Trip?.StayDays(r.ScheduledArrival()) is { } days ? FieldValue.Of((decimal)days) : FieldValue.Missing("length of stay not known"));
        b.Add("trip.medicalTravel", IndicatorFieldType.Boolean, "The trip is for medical treatment",
            r => r.Trip is null ? FieldValue.Missing(NoTrip) : FieldValue.Of(r.Trip.MedicalTravel, "not known whether the trip is medical"));
        return b.Build();
    }

    private static FrozenDictionary<string, IndicatorField> BuildWorkPermit()
    {
        var b = new Builder<WorkPermitRecord>(RecordKind.WorkPermit);
        b.Choice("jurisdiction", "Jurisdiction where the application is screened",
            [.. JurisdictionCodes.All.Select(j => j.ToCode())], r => FieldValue.Of(r.Jurisdiction.ToCode()));
        b.Add("applicationDate", IndicatorFieldType.Date, "Date the application was submitted", r => FieldValue.Of(r.ApplicationDate, "no application date"));
        b.Add("birthDate", IndicatorFieldType.Date, "Applicant's date of birth (use with ageYears)", r => FieldValue.Of(r.BirthDate, "no birth date"));
        b.Add("employer", IndicatorFieldType.Text, "Employer (its id, else its name)", r => FieldValue.OfText(PartyKey(r.Employer), NoEmployer));
        b.Choice<PartyKind>("employer.kind", "Kind of employer",
            r => r.Employer is null ? FieldValue.Missing(NoEmployer) : EnumValue(r.Employer.PartyKind, "kind of employer not given"));
        b.Add("sector", IndicatorFieldType.Text, "Employer's sector code (HOSPITALITY, CONSTRUCTION, DOMESTIC, AGRICULTURE, ADULT_ENTERTAINMENT, ...)",
            r => FieldValue.OfText(r.Sector, "sector not given"));
        b.Add("occupationCode", IndicatorFieldType.Text, "Occupation code (ISCO-08)", r => FieldValue.OfText(r.OccupationCode, "occupation not given"));
        b.Choice<PermitType>("permitType", "Permit type", r => EnumValue(r.PermitType));
        b.Add("durationDays", IndicatorFieldType.Number, "Requested permit duration in days", r => FieldValue.Of(r.DurationDays, "permit duration not given"));
        b.Add("offeredHourlyWage", IndicatorFieldType.Number, "Offered gross wage per hour (jurisdiction's currency)",
            r => FieldValue.Of(r.OfferedHourlyWage, "no offered wage"));
        b.Add("weeklyHours", IndicatorFieldType.Number, "Contracted hours per week", r => FieldValue.Of(r.WeeklyHours, "weekly hours not given"));
        b.Add("housingProvidedByEmployer", IndicatorFieldType.Boolean, "The employer provides the housing",
            r => FieldValue.Of(r.HousingProvidedByEmployer, "not known who provides housing"));
        b.Add("housingAddress", IndicatorFieldType.Text, "Address of the housing", r => FieldValue.OfText(r.HousingAddress, "no housing address"));
        b.Add("recruitmentAgency", IndicatorFieldType.Text, "Recruitment agency (its id, else its name)",
            r => FieldValue.OfText(PartyKey(r.RecruitmentAgency), "no recruitment agency named"));
        b.Add("feesPaidByWorker", IndicatorFieldType.Number, "Recruitment or placement fees the worker paid",
            r => FieldValue.Of(r.FeesPaidByWorker, "not known whether the worker paid fees"));
        b.Choice<Submitter>("submittedBy", "Who submitted the application", r => EnumValue(r.SubmittedBy, "submitter not given"));
        b.Add("appliedInPerson", IndicatorFieldType.Boolean, "The worker applied in person",
            r => FieldValue.Of(r.AppliedInPerson, "not known whether the worker applied in person"));
        b.Add("loanFromEmployer", IndicatorFieldType.Boolean, "The employer lends money to the worker",
            r => FieldValue.Of(r.LoanFromEmployer, "not known whether the employer lends money"));
        b.Choice<DocumentKeeper>("documentsKeptBy", "Who keeps the worker's identity documents",
            r => EnumValue(r.DocumentsKeptBy, "not known who keeps the documents"));
        b.Add("employer.registeredOn", IndicatorFieldType.Date, "Date the employer was entered in the company register",
            r => r.Employer is null ? FieldValue.Missing(NoEmployer) : FieldValue.Of(r.Employer.RegisteredOn, "employer's registration date not given"));
        b.Add("restDaysPerWeek", IndicatorFieldType.Number, "Rest days per week in the contract",
            r => FieldValue.Of(r.RestDaysPerWeek, "rest days not given"));
        b.Add("housing.atWorkplace", IndicatorFieldType.Boolean, "The worker is housed at the workplace (housing and workplace addresses are the same)",
            r => string.IsNullOrWhiteSpace(r.HousingAddress) || string.IsNullOrWhiteSpace(r.WorkplaceAddress)
                ? FieldValue.Missing("housing or workplace address not given")
                : FieldValue.Of(Addresses.Same(r.HousingAddress, r.WorkplaceAddress)));
        b.Add("contact.phone", IndicatorFieldType.Text, "Contact phone number",
            r => r.Contact is null ? FieldValue.Missing(NoContact) : FieldValue.OfText(r.Contact.Phone, "no contact phone"));
        b.Add("contact.email", IndicatorFieldType.Text, "Contact e-mail address",
            r => r.Contact is null ? FieldValue.Missing(NoContact) : FieldValue.OfText(r.Contact.Email, "no contact e-mail"));
        return b.Build();
    }

    /// <summary>A party's id, else its name (as given: <see cref="Party.LinkKey"/> would allocate on every read).</summary>
    private static string? PartyKey(Party? party) =>
        party is null ? null : !string.IsNullOrWhiteSpace(party.Id) ? party.Id : party.Name;

    private static FieldValue EnumValue<TEnum>(TEnum value) where TEnum : struct, Enum => FieldValue.Of(EnumNames<TEnum>.Of(value));

    private static FieldValue EnumValue<TEnum>(TEnum? value, string missing) where TEnum : struct, Enum =>
        value is { } v ? FieldValue.Of(EnumNames<TEnum>.Of(v)) : FieldValue.Missing(missing);

    /// <summary>Cached enum names, so reading a choice field does not allocate.</summary>
    private static class EnumNames<TEnum> where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<TEnum, string> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => v.ToString());

        public static IReadOnlyList<string> All { get; } = Enum.GetNames<TEnum>();

        public static string Of(TEnum value) => Names.TryGetValue(value, out var name) ? name : value.ToString();
    }

    private sealed class Builder<T>(RecordKind kind) where T : ScreeningRecord
    {
        private readonly Dictionary<string, IndicatorField> _fields = new(StringComparer.Ordinal);

        public void Add(string name, IndicatorFieldType type, string description, Func<T, FieldValue> read) =>
            Register(name, type, description, [], read);

        public void Choice<TEnum>(string name, string description, Func<T, FieldValue> read) where TEnum : struct, Enum =>
            Register(name, IndicatorFieldType.Choice, description, EnumNames<TEnum>.All, read);

        public void Choice(string name, string description, IReadOnlyList<string> allowed, Func<T, FieldValue> read) =>
            Register(name, IndicatorFieldType.Choice, description, allowed, read);

        public FrozenDictionary<string, IndicatorField> Build() => _fields.ToFrozenDictionary(StringComparer.Ordinal);

        private void Register(string name, IndicatorFieldType type, string description, IReadOnlyList<string> allowed, Func<T, FieldValue> read)
        {
            // Guards the registry itself: a protected name here would be a design breach, not a data error.
            if (ProtectedFieldNames.Reason(name) is { } why)
            {
                throw new InvalidOperationException($"Field '{name}' may not be registered: {why}.");
            }

            _fields.Add(name, new IndicatorField(name, kind, type, description, allowed, r => read((T)r)));
        }
    }
}
