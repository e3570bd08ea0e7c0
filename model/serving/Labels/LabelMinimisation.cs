using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Serving.Labels;

/// <summary>
/// What a review label export keeps of a stored case: only the facts the features and the rules
/// baseline read (docs/model.md, "Label export, field by field"), with no source references, case or
/// assessment ids and no exact times. Built field by field from an allow list, so a field added to
/// the record later is left out until someone adds it here on purpose.
/// <para>
/// Dates: the screening time becomes the first day of its month (UTC), and the record's own dates are
/// made relative to it — the first departure is set to that day and the booking date keeps its
/// distance in days to the departure — so "days from booking to departure" survives exactly and no
/// date of the stored case does. Birth dates keep the year only, so the age at screening (year of the
/// month minus birth year) is exactly what the depersonalised record gave.
/// </para>
/// </summary>
public static class LabelMinimisation
{
    /// <summary>Placeholder for removed names, as in a depersonalised case.</summary>
    public const string Removed = "(removed)";

    /// <summary>The first instant of the time's month, UTC.</summary>
    public static DateTimeOffset Month(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>The record as exported for training, screened at <paramref name="screenedAt"/> (exact; it is coarsened here).</summary>
    public static ScreeningRecord Record(ScreeningRecord record, DateTimeOffset screenedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        var anchor = DateOnly.FromDateTime(Month(screenedAt).UtcDateTime);
        return record switch
        {
            TravellerRecord t => Traveller(t, anchor),
            WorkPermitRecord p => Permit(p, anchor),
            _ => throw new ArgumentException($"Unknown record kind {record.GetType().Name}.", nameof(record)),
        };
    }

    private static TravellerRecord Traveller(TravellerRecord t, DateOnly anchor)
    {
        var departure = t.Legs.Count > 0 && t.Legs[0].ScheduledDeparture is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : (DateOnly?)null;
        return new TravellerRecord
        {
            SchemaVersion = t.SchemaVersion,
            Jurisdiction = t.Jurisdiction,
            // Kept although no feature reads it: left out, every departure would read as an arrival.
            Direction = t.Direction,
            Legs = departure is null ? [] : [new FlightLeg { ScheduledDeparture = new DateTimeOffset(anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) }],
            Name = new PersonName { Surname = Removed },
            BirthDate = YearOnly(t.BirthDate),
            Role = t.Role,
            Booking = t.Booking is not { } b ? null : new BookingFacts
            {
                BookingDate = b.BookingDate is { } booked && departure is { } dep ? anchor.AddDays(-(dep.DayNumber - booked.DayNumber)) : null,
                TripType = b.TripType,
                FormOfPayment = b.FormOfPayment,
                PaidBy = b.PaidBy,
                PayerTravelsAlong = b.PayerTravelsAlong,
                CoTravellerCount = b.CoTravellerCount,
            },
            PurposeOfStay = t.PurposeOfStay,
            Sponsor = t.Sponsor is null ? null : new Party { PartyKind = t.Sponsor.PartyKind },
            TravellingWithGuardian = t.TravellingWithGuardian,
            // Only known codes: anything else a feed put here could be free text.
            Observations = [.. t.Observations.Where(ObservationCodes.All.Contains)],
        };
    }

    private static WorkPermitRecord Permit(WorkPermitRecord p, DateOnly anchor) => new()
    {
        SchemaVersion = p.SchemaVersion,
        Jurisdiction = p.Jurisdiction,
        ApplicationDate = p.ApplicationDate is null ? null : anchor,
        Applicant = new PersonName { Surname = Removed },
        BirthDate = YearOnly(p.BirthDate),
        Employer = p.Employer is null ? null : new Party { PartyKind = p.Employer.PartyKind },
        Sector = p.Sector?.Trim(),
        PermitType = p.PermitType,
        DurationDays = p.DurationDays,
        OfferedHourlyWage = p.OfferedHourlyWage,
        WeeklyHours = p.WeeklyHours,
        HousingProvidedByEmployer = p.HousingProvidedByEmployer,
        RecruitmentAgency = p.RecruitmentAgency is null ? null : new Party { PartyKind = p.RecruitmentAgency.PartyKind },
        FeesPaidByWorker = p.FeesPaidByWorker,
        AppliedInPerson = p.AppliedInPerson,
        LoanFromEmployer = p.LoanFromEmployer,
        DocumentsKeptBy = p.DocumentsKeptBy,
    };

    private static DateOnly? YearOnly(DateOnly? birthDate) => birthDate is { } b ? new DateOnly(b.Year, 1, 1) : null;
}
