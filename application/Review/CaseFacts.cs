using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Review;

/// <summary>
/// The record fields a reviewer needs, labelled in both languages, in reading order. Protected
/// attributes (sex, nationality) are left out: they are audit-only.
/// </summary>
internal static class CaseFacts
{
    /// <summary>The facts of a record screened at <paramref name="screenedAt"/>.</summary>
    public static IReadOnlyList<RecordField> For(ScreeningRecord record, DateTimeOffset screenedAt)
    {
        var facts = new List<RecordField>();
        void Add(string key, string en, string nl, object? value)
        {
            var text = value switch
            {
                null => null,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                bool b => b ? "yes" : "no",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                facts.Add(new RecordField(key, en, nl, text));
            }
        }

        var today = DateOnly.FromDateTime(screenedAt.UtcDateTime);
        switch (record)
        {
            case TravellerRecord t:
                Add("name", "Name", "Naam", $"{t.Name.Surname}, {t.Name.GivenNames}".TrimEnd(',', ' '));
                Add("birthDate", "Date of birth", "Geboortedatum", t.BirthDate);
                Add("age", "Age", "Leeftijd", Age(t.BirthDate, today));
                Add("role", "Passenger or crew", "Passagier of bemanning", t.Role);
                Add("travellingWithGuardian", "Travels with parent or guardian", "Reist met ouder of voogd", t.TravellingWithGuardian);
                Add("document", "Travel document", "Reisdocument", t.Document is null ? null : $"{t.Document.Type} {t.Document.Number} ({t.Document.IssuingState}, valid to {t.Document.Expiry:yyyy-MM-dd})");
                Add("flight", "Flight", "Vlucht", $"{t.FlightNumber} {string.Join(" → ", t.Legs.Select(l => l.DepartureAirport).Append((t.Legs.Count > 0 ? t.Legs[^1].ArrivalAirport : null) ?? ""))}".Trim());
                Add("arrival", "Scheduled arrival", "Geplande aankomst", t.ScheduledArrival());
                Add("direction", "Direction", "Richting", t.Direction);
                Add("purpose", "Purpose of stay", "Reisdoel", t.PurposeOfStay);
                Add("bookingDate", "Booked on", "Geboekt op", t.Booking?.BookingDate);
                Add("tripType", "Ticket", "Ticket", t.Booking?.TripType);
                Add("payment", "Paid with", "Betaald met", t.Booking?.FormOfPayment);
                Add("paidBy", "Paid by", "Betaald door", t.Booking?.PaidBy);
                Add("payerTravelsAlong", "Payer travels along", "Betaler reist mee", t.Booking?.PayerTravelsAlong);
                Add("coTravellers", "Co-travellers on the booking", "Medereizigers op de boeking", t.Booking?.CoTravellerCount);
                Add("bookingAgent", "Booking agent", "Boekingskantoor", t.Booking?.BookingAgent);
                Add("sponsor", "Sponsor or inviter", "Garantsteller of uitnodiger", t.Sponsor is null ? null : $"{t.Sponsor.Name ?? t.Sponsor.Id} ({t.Sponsor.PartyKind})");
                Add("address", "Address at destination", "Verblijfsadres", t.AddressAtDestination);
                Add("guardianConsent", "Written consent of parent or guardian", "Schriftelijke toestemming ouder of voogd", t.Trip?.GuardianConsent);
                Add("umnr", "Unaccompanied-minor service booked", "Begeleidingsservice voor minderjarige geboekt", t.Booking?.UnaccompaniedMinorService);
                Add("group", "Organised group", "Georganiseerde groep", t.Trip?.Group is { } g ? $"{g.Kind} {g.Name}".Trim() : null);
                Add("groupResponsible", "Answers for the group", "Verantwoordelijk voor de groep",
                    t.Trip?.Group is { NamesResponsible: true } rg ? string.Join(", ", new[] { rg.ResponsibleAdult, rg.ResponsibleOrganisation }.Where(v => !string.IsNullOrWhiteSpace(v))) : null);
                Add("returnDate", "Return or onward departure", "Terugreis of doorreis", t.Trip?.ReturnDate);
                Add("stayDays", "Length of stay (days)", "Verblijfsduur (dagen)", t.Trip?.StayDays(t.ScheduledArrival()));
                Add("medicalTravel", "Travel for medical treatment", "Reis voor medische behandeling", t.Trip?.MedicalTravel);
                Add("phone", "Phone", "Telefoon", t.Contact?.Phone);
                Add("email", "E-mail", "E-mail", t.Contact?.Email);
                Add("observations", "Officer's observations", "Waarnemingen van de beambte", t.Observations.Count == 0 ? null : string.Join(", ", t.Observations));
                break;
            case WorkPermitRecord p:
                Add("applicationId", "Application", "Aanvraag", p.ApplicationId);
                Add("name", "Applicant", "Aanvrager", $"{p.Applicant.Surname}, {p.Applicant.GivenNames}".TrimEnd(',', ' '));
                Add("birthDate", "Date of birth", "Geboortedatum", p.BirthDate);
                Add("age", "Age", "Leeftijd", Age(p.BirthDate, today));
                Add("employer", "Employer", "Werkgever", p.Employer is null ? null : $"{p.Employer.Name} ({p.Employer.Id})");
                Add("sector", "Sector", "Sector", p.Sector);
                Add("occupation", "Occupation", "Beroep", p.OccupationCode);
                Add("permitType", "Permit type", "Soort vergunning", p.PermitType);
                Add("duration", "Duration (days)", "Duur (dagen)", p.DurationDays);
                Add("wage", "Offered wage per hour", "Geboden uurloon", p.OfferedHourlyWage);
                Add("hours", "Hours per week", "Uren per week", p.WeeklyHours);
                Add("housing", "Housing by employer", "Huisvesting door werkgever", p.HousingProvidedByEmployer);
                Add("housingAddress", "Housing address", "Adres huisvesting", p.HousingAddress);
                Add("workplaceAddress", "Workplace address", "Adres werkplek", p.WorkplaceAddress);
                Add("restDays", "Rest days per week", "Rustdagen per week", p.RestDaysPerWeek);
                Add("employerRegisteredOn", "Employer registered on", "Werkgever ingeschreven op", p.Employer?.RegisteredOn);
                Add("agency", "Recruitment agency", "Wervingsbureau", p.RecruitmentAgency?.Name ?? p.RecruitmentAgency?.Id);
                Add("fees", "Fees paid by the worker", "Door werknemer betaalde kosten", p.FeesPaidByWorker);
                Add("submittedBy", "Submitted by", "Ingediend door", p.SubmittedBy);
                Add("appliedInPerson", "Applied in person", "Persoonlijk aangevraagd", p.AppliedInPerson);
                Add("loan", "Loan from employer", "Lening van werkgever", p.LoanFromEmployer);
                Add("documentsKeptBy", "Documents kept by", "Documenten bewaard door", p.DocumentsKeptBy);
                Add("phone", "Phone", "Telefoon", p.Contact?.Phone);
                Add("email", "E-mail", "E-mail", p.Contact?.Email);
                break;
        }

        return facts;
    }

    private static int? Age(DateOnly? birth, DateOnly today)
    {
        if (birth is not { } b)
        {
            return null;
        }

        var age = today.Year - b.Year;
        return b > today.AddYears(-age) ? age - 1 : age;
    }
}
