using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds;

/// <summary>
/// Checks of the facts that explain a trip or a job (consent, organised group, length of stay,
/// workplace, rest days, the employer's registration date): each problem names its field.
/// </summary>
internal static class TripFactChecks
{
    private const int MaxStayDays = 3660;

    public static void Traveller(TravellerRecord t, DateOnly today, Action<string, string> add, Action<string, string?, bool, int?> text)
    {
        if (t.Trip is not { } trip)
        {
            return;
        }

        if (trip.LengthOfStayDays is < 0 or > MaxStayDays)
        {
            add("trip.lengthOfStayDays", $"must be between 0 and {MaxStayDays}");
        }

        if (trip.ReturnDate is { } back)
        {
            var arrival = t.ScheduledArrival() is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : (DateOnly?)null;
            if (arrival is { } arrived && back < arrived)
            {
                add("trip.returnDate", "is before the scheduled arrival");
            }
            else if (back > today.AddDays(MaxStayDays))
            {
                add("trip.returnDate", $"is more than {MaxStayDays} days ahead");
            }
        }

        if (trip.Group is { } group)
        {
            text("trip.group.name", group.Name, false, 128);
            text("trip.group.responsibleAdult", group.ResponsibleAdult, false, 128);
            text("trip.group.responsibleOrganisation", group.ResponsibleOrganisation, false, 128);
        }
    }

    public static void Permit(WorkPermitRecord p, DateOnly today, Action<string, string> add, Action<string, string?, bool, int?> text)
    {
        text("workplaceAddress", p.WorkplaceAddress, false, null);
        if (p.RestDaysPerWeek is < 0 or > 7)
        {
            add("restDaysPerWeek", "must be between 0 and 7");
        }

        foreach (var (name, party) in new[] { ("employer", p.Employer), ("recruitmentAgency", p.RecruitmentAgency) })
        {
            if (party?.RegisteredOn is { } registered && registered > today.AddDays(1))
            {
                add(name + ".registeredOn", "is in the future");
            }
            else if (party?.RegisteredOn is { } old && old.Year < 1800)
            {
                add(name + ".registeredOn", "is before 1800");
            }
        }
    }
}
