using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds;

/// <summary>
/// Checks a record that was read (from any format) for the fields screening needs, with paths
/// relative to the record ("document.number"). Readers prefix the record's position.
/// </summary>
public sealed class RecordValidator(FeedLimits limits)
{
    /// <summary>
    /// How far from today a flight, a booking or a permit application may be: far enough for any
    /// late or early feed, near enough that an impossible year (0001, 9999) is refused here instead of
    /// becoming a case whose deadline never comes.
    /// </summary>
    public const int MaxYearsFromToday = 10;
    /// <summary>Validates one record; <paramref name="today"/> bounds birth dates.</summary>
    public IReadOnlyList<FieldError> Validate(ScreeningRecord record, DateOnly today, string prefix = "")
    {
        var errors = new List<FieldError>();
        void Add(string path, string message) => errors.Add(new FieldError(prefix + path, message));
        void Text(string path, string? value, bool required, int? max = null)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Add(path, "is required");
                }
            }
            else if (value.Length > (max ?? limits.MaxFieldLength))
            {
                Add(path, $"is longer than {max ?? limits.MaxFieldLength} characters");
            }
        }

        if (record.SchemaVersion != ScreeningRecord.CurrentSchemaVersion)
        {
            Add("schemaVersion", $"must be \"{ScreeningRecord.CurrentSchemaVersion}\"");
        }

        if (!Enum.IsDefined(record.Jurisdiction))
        {
            Add("jurisdiction", "must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA");
        }

        Text("sourceSystem", record.SourceSystem, required: true, max: 64);

        switch (record)
        {
            case TravellerRecord t:
                ValidateTraveller(t, today, Add, Text);
                break;
            case WorkPermitRecord p:
                ValidatePermit(p, today, Add, Text);
                break;
        }

        return errors;
    }

    private static void ValidateTraveller(TravellerRecord t, DateOnly today, Action<string, string> add, Action<string, string?, bool, int?> text)
    {
        text("messageReference", t.MessageReference, true, 64);
        text("travellerReference", t.TravellerReference, true, 64);
        text("name.surname", t.Name?.Surname, true, null);
        text("name.givenNames", t.Name?.GivenNames, false, null);
        ValidateBirthDate(t.BirthDate, today, add);
        ValidateDocument(t.Document, today, add, text);
        text("carrier", t.Carrier, false, 3);
        text("flightNumber", t.FlightNumber, false, 8);
        // JSON null reaches these non-nullable lists (the serializer does not enforce nullable
        // annotations); refuse it here, or scoring would meet the null (found by fuzzing).
        if (t.Legs is null)
        {
            add("legs", "must be an array of flight legs, not null");
            return;
        }

        if (t.Observations is null)
        {
            add("observations", "must be an array of observation codes (or left out), not null");
            return;
        }

        for (var i = 0; i < t.Legs.Count; i++)
        {
            var leg = t.Legs[i];
            if (leg is null)
            {
                add($"legs[{i}]", "must not be null");
                continue;
            }

            ValidateAirport(leg.DepartureAirport, $"legs[{i}].departureAirport", add);
            ValidateAirport(leg.ArrivalAirport, $"legs[{i}].arrivalAirport", add);
            text($"legs[{i}].carrier", leg.Carrier, false, 3);
            text($"legs[{i}].flightNumber", leg.FlightNumber, false, 8);
            ValidateNearToday(leg.ScheduledDeparture, today, $"legs[{i}].scheduledDeparture", add);
            ValidateNearToday(leg.ScheduledArrival, today, $"legs[{i}].scheduledArrival", add);
            if (leg.ScheduledDeparture is { } dep && leg.ScheduledArrival is { } arr && arr < dep)
            {
                add($"legs[{i}].scheduledArrival", "is before the scheduled departure");
            }
        }

        text("contact.phone", t.Contact?.Phone, false, 32);
        text("contact.email", t.Contact?.Email, false, 128);
        text("addressAtDestination", t.AddressAtDestination, false, null);
        text("sponsor.id", t.Sponsor?.Id, false, 64);
        text("sponsor.name", t.Sponsor?.Name, false, null);
        text("booking.payerId", t.Booking?.PayerId, false, 64);
        text("booking.bookingAgent", t.Booking?.BookingAgent, false, 64);
        ValidateBookingExtras(t.Booking, add, text);
        TripFactChecks.Traveller(t, today, add, text);
        text("contact.address", t.Contact?.Address, false, null);
        if (t.Booking?.CoTravellerCount is < 0)
        {
            add("booking.coTravellerCount", "must not be negative");
        }

        if (t.Booking?.BookingDate is { } booked && booked > today.AddDays(1))
        {
            add("booking.bookingDate", "is in the future");
        }
        else if (t.Booking?.BookingDate < today.AddYears(-MaxYearsFromToday))
        {
            add("booking.bookingDate", $"is more than {MaxYearsFromToday} years ago");
        }

        for (var i = 0; i < t.Observations.Count; i++)
        {
            if (!ObservationCodes.IsKnown(t.Observations[i]))
            {
                add($"observations[{i}]", "is not a known observation code");
            }
        }
    }

    /// <summary>The PNR facts: short codes, and never a card number where a reference or the last four digits belong.</summary>
    private static void ValidateBookingExtras(BookingFacts? booking, Action<string, string> add, Action<string, string?, bool, int?> text)
    {
        if (booking is null)
        {
            return;
        }

        text("booking.recordLocator", booking.RecordLocator, false, 32);
        text("booking.bookingOffice", booking.BookingOffice, false, 64);
        text("booking.groupName", booking.GroupName, false, null);
        text("booking.paymentCardReference", booking.PaymentCardReference, false, 64);
        if (booking.PaymentCardLastFour is { Length: > 0 } last && (last.Length > 4 || !last.All(char.IsAsciiDigit)))
        {
            add("booking.paymentCardLastFour", "must be at most the last four digits of the card");
        }

        if (LooksLikeCardNumber(booking.PayerId))
        {
            add("booking.payerId", "looks like a payment card number; send a keyed reference (paymentCardReference) and at most the last four digits");
        }

        if (booking.FareCurrency is { Length: > 0 } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            add("booking.fareCurrency", "must be a three-letter ISO 4217 code");
        }

        if (booking.FareAmount is < 0)
        {
            add("booking.fareAmount", "must not be negative");
        }
    }

    private static bool LooksLikeCardNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 12 and <= 19 && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-');
    }

    private static void ValidatePermit(WorkPermitRecord p, DateOnly today, Action<string, string> add, Action<string, string?, bool, int?> text)
    {
        text("applicationId", p.ApplicationId, true, 64);
        text("applicant.surname", p.Applicant?.Surname, true, null);
        text("applicant.givenNames", p.Applicant?.GivenNames, false, null);
        ValidateBirthDate(p.BirthDate, today, add);
        ValidateDocument(p.Document, today, add, text);
        if (p.Employer is null || p.Employer.LinkKey() is null)
        {
            add("employer", "is required (registration number or name)");
        }

        text("employer.id", p.Employer?.Id, false, 64);
        text("employer.name", p.Employer?.Name, false, null);
        text("sector", p.Sector, false, 64);
        text("occupationCode", p.OccupationCode, false, 16);
        if (p.DurationDays is <= 0 or > 3660)
        {
            add("durationDays", "must be between 1 and 3660");
        }

        if (p.OfferedHourlyWage is < 0)
        {
            add("offeredHourlyWage", "must not be negative");
        }

        if (p.WeeklyHours is < 0 or > 168)
        {
            add("weeklyHours", "must be between 0 and 168");
        }

        if (p.FeesPaidByWorker is < 0)
        {
            add("feesPaidByWorker", "must not be negative");
        }

        if (p.ApplicationDate is { } applied && applied > today.AddDays(1))
        {
            add("applicationDate", "is in the future");
        }
        else if (p.ApplicationDate < today.AddYears(-MaxYearsFromToday))
        {
            add("applicationDate", $"is more than {MaxYearsFromToday} years ago");
        }

        text("housingAddress", p.HousingAddress, false, null);
        TripFactChecks.Permit(p, today, add, text);
        text("recruitmentAgency.id", p.RecruitmentAgency?.Id, false, 64);
        text("contact.phone", p.Contact?.Phone, false, 32);
        text("contact.email", p.Contact?.Email, false, 128);
        text("contact.address", p.Contact?.Address, false, null);
    }

    private static void ValidateBirthDate(DateOnly? birthDate, DateOnly today, Action<string, string> add)
    {
        if (birthDate is null)
        {
            add("birthDate", "is required");
        }
        else if (birthDate > today)
        {
            add("birthDate", "is in the future");
        }
        else if (birthDate < today.AddYears(-130))
        {
            add("birthDate", "is more than 130 years ago");
        }
    }

    private static void ValidateNearToday(DateTimeOffset? value, DateOnly today, string path, Action<string, string> add)
    {
        if (value is not { } at)
        {
            return;
        }

        var day = DateOnly.FromDateTime(at.UtcDateTime);
        if (day < today.AddYears(-MaxYearsFromToday) || day > today.AddYears(MaxYearsFromToday))
        {
            add(path, $"must be within {MaxYearsFromToday} years of today");
        }
    }

    private static void ValidateDocument(TravelDocument? document, DateOnly today, Action<string, string> add, Action<string, string?, bool, int?> text)
    {
        if (document is null)
        {
            return;
        }

        // Passports run ten years at most; fifty either way leaves room for any real document.
        if (document.Expiry is { } expiry && (expiry < today.AddYears(-50) || expiry > today.AddYears(50)))
        {
            add("document.expiry", "must be within 50 years of today");
        }

        text("document.number", document.Number, true, 20);
        text("document.type", document.Type, true, 2);
        if (document.IssuingState is { Length: > 0 } state && (state.Length != 3 || !state.All(char.IsAsciiLetterUpper)))
        {
            add("document.issuingState", "must be a three-letter code (ISO 3166-1 alpha-3, as in the MRZ)");
        }
    }

    private static void ValidateAirport(string? code, string path, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            add(path, "must be a three-letter IATA airport code");
        }
    }
}
