using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Model.Serving.Features;

/// <summary>
/// Turns a screening context into the model's feature vector. The one implementation used by
/// training and serving. It reads circumstances and behaviour only; it never touches
/// <see cref="ProtectedAttributes"/>, names, document numbers or the issuing state. Pure and thread-safe.
/// </summary>
public static class FeatureExtractor
{
    /// <summary>Value used for a numeric feature that is unknown or does not apply.</summary>
    public const float Missing = -1f;

    private static readonly HashSet<string> ControlSigns = new(StringComparer.Ordinal)
    {
        ObservationCodes.DocumentsHeldByOther, ObservationCodes.AccompaniedByController, ObservationCodes.SignsOfAbuse,
        ObservationCodes.Fearful, ObservationCodes.DebtMentioned, ObservationCodes.ScriptedAnswers,
    };

    private static readonly HashSet<string> HighRiskSectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "CONSTRUCTION", "AGRICULTURE", "DOMESTIC", "ADULT_ENTERTAINMENT", "CLEANING", "FISHING",
    };

    /// <summary>Extracts a new feature vector.</summary>
    public static float[] Extract(ScreeningContext context)
    {
        var features = new float[FeatureSchema.Count];
        Extract(context, features);
        return features;
    }

    /// <summary>Writes the features into <paramref name="features"/> (length <see cref="FeatureSchema.Count"/>).</summary>
    public static void Extract(ScreeningContext context, Span<float> features)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (features.Length != FeatureSchema.Count)
        {
            throw new ArgumentException($"Feature span must have length {FeatureSchema.Count}.", nameof(features));
        }

        features.Clear();
        var today = DateOnly.FromDateTime(context.EventAt.UtcDateTime);
        var counts = context.Counts;
        features[16] = Net(counts, NetworkEntityType.Sponsor, 30);
        features[17] = Net(counts, NetworkEntityType.Payer, 30);
        features[18] = Net(counts, NetworkEntityType.ContactPhone, 30);
        features[19] = Net(counts, NetworkEntityType.ContactEmail, 30);
        features[20] = Net(counts, NetworkEntityType.Address, 30);
        features[21] = Net(counts, NetworkEntityType.Address, 90);
        features[22] = Net(counts, NetworkEntityType.BookingAgent, 7);
        features[23] = Net(counts, NetworkEntityType.Employer, 90);
        features[24] = Net(counts, NetworkEntityType.RecruitmentAgency, 90);
        switch (context.Record)
        {
            case TravellerRecord t:
                Traveller(t, today, features);
                break;
            case WorkPermitRecord p:
                Permit(p, today, features);
                break;
        }
    }

    private static void Traveller(TravellerRecord t, DateOnly today, Span<float> f)
    {
        var age = Age(t.BirthDate, today);
        f[0] = age ?? Missing;
        var minor = age is < 18;
        f[1] = Flag(minor);
        f[2] = !minor ? 0f : t.TravellingWithGuardian switch { false => 1f, null => 0.5f, true => 0f };
        var departure = t.Legs.Count > 0 ? t.Legs[0].ScheduledDeparture : null;
        f[3] = t.Booking?.BookingDate is { } booked && departure is { } dep
            ? Math.Max(0, DateOnly.FromDateTime(dep.UtcDateTime).DayNumber - booked.DayNumber)
            : Missing;
        f[4] = Flag(t.Booking?.TripType == TripType.OneWay);
        f[5] = Flag(t.Booking?.FormOfPayment == FormOfPayment.Cash);
        f[6] = Flag(t.Booking?.PaidBy == Payer.OtherPerson);
        f[7] = Flag(t.Booking?.PaidBy == Payer.Company);
        f[8] = Flag(t.Booking?.PaidBy is Payer.OtherPerson or Payer.Company && t.Booking.PayerTravelsAlong != true);
        f[9] = t.Booking?.CoTravellerCount is { } co ? Math.Min(co, 50) : Missing;
        f[10] = Flag(t.Role == TravellerRole.Crew);
        f[11] = Flag(t.PurposeOfStay == PurposeOfStay.Work);
        f[12] = Flag(t.PurposeOfStay == PurposeOfStay.Family);
        f[13] = Flag(t.Sponsor?.PartyKind == PartyKind.Person);
        var control = 0;
        var known = 0;
        foreach (var code in t.Observations)
        {
            if (ObservationCodes.All.Contains(code))
            {
                known++;
                if (ControlSigns.Contains(code))
                {
                    control++;
                }
            }
        }

        f[14] = known;
        f[15] = control;
        f[25] = 0f;
        f[26] = Missing;
        f[27] = Missing;
        f[28] = Missing;
        f[34] = Missing;
    }

    private static void Permit(WorkPermitRecord p, DateOnly today, Span<float> f)
    {
        var age = Age(p.BirthDate, today);
        f[0] = age ?? Missing;
        f[1] = Flag(age is < 18);
        f[3] = Missing;
        f[9] = Missing;
        f[25] = 1f;
        var minimum = MinimumWageTable.HourlyMinimum(p.Jurisdiction);
        f[26] = p.OfferedHourlyWage is { } wage ? (float)Math.Min(10m, wage / minimum) : Missing;
        f[27] = p.WeeklyHours is { } hours ? (float)hours : Missing;
        f[28] = p.FeesPaidByWorker is { } fees ? (float)Math.Min(24m, fees / (minimum * MinimumWageTable.HoursPerMonth)) : Missing;
        f[29] = Flag(p.HousingProvidedByEmployer == true);
        f[30] = Flag(p.DocumentsKeptBy is DocumentKeeper.Employer or DocumentKeeper.Other);
        f[31] = Flag(p.LoanFromEmployer == true);
        f[32] = Flag(p.AppliedInPerson == false);
        f[33] = Flag(p.PermitType == PermitType.AdultEntertainment);
        f[34] = p.DurationDays is { } days ? days : Missing;
        f[35] = Flag(p.PermitType == PermitType.DomesticWork || p.Sector is { } sector && HighRiskSectors.Contains(sector.Trim()));
    }

    private static float Net(NetworkCounts counts, NetworkEntityType type, int window) =>
        counts.Get(type, window) is { } count ? MathF.Log(1f + count) : 0f;

    private static float Flag(bool value) => value ? 1f : 0f;

    private static int? Age(DateOnly? birthDate, DateOnly today)
    {
        if (birthDate is not { } birth)
        {
            return null;
        }

        var age = today.Year - birth.Year;
        if (today < birth.AddYears(age))
        {
            age--;
        }

        return Math.Max(0, age);
    }
}
