using BorderScreening.Domain.Records;

namespace BorderScreening.Application.History;

/// <summary>
/// The record as the history keeps it: depersonalised (<see cref="Depersonalisation"/>), its
/// reference replaced by its assessment id (so a replay can join what was decided), and a birth date
/// that keeps only the age at the record's own time — the one thing rules read of it — rather than the
/// birth year, which would move a 17-year-old across the line.
/// </summary>
public static class HistoryRecord
{
    /// <summary>The history copy of <paramref name="record"/>, whose own time is <paramref name="eventAt"/>.</summary>
    public static ScreeningRecord Of(ScreeningRecord record, string id, DateTimeOffset eventAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        var eventDate = DateOnly.FromDateTime(eventAt.UtcDateTime);
        return (record, Depersonalisation.Of(record)) switch
        {
            (TravellerRecord original, TravellerRecord t) => t with
            {
                MessageReference = "",
                TravellerReference = id,
                BirthDate = SameAge(original.BirthDate, eventDate),
            },
            (WorkPermitRecord original, WorkPermitRecord p) => p with
            {
                ApplicationId = id,
                BirthDate = SameAge(original.BirthDate, eventDate),
            },
            (_, var other) => other,
        };
    }

    // A birth date with the same age in whole years on the event date, half a year before its birthday.
    private static DateOnly? SameAge(DateOnly? birth, DateOnly eventDate)
    {
        if (birth is not { } b || b > eventDate)
        {
            return null;
        }

        var age = eventDate.Year - b.Year - (eventDate < b.AddYears(eventDate.Year - b.Year) ? 1 : 0);
        return eventDate.AddYears(-age).AddDays(-182);
    }
}
