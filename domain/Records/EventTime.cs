namespace BorderScreening.Domain.Records;

/// <summary>
/// The time a record speaks of, which every time window and every age or date rule follows: when
/// the traveller arrives (the last leg's scheduled arrival; for a departure, the first leg's scheduled
/// departure) or the day the permit was applied for. A record that names no such time is placed at
/// the time it was received, which is the best that is known of it.
/// </summary>
public static class EventTime
{
    /// <summary>The record's own time, or <paramref name="receivedAt"/> when it names none.</summary>
    public static DateTimeOffset Of(ScreeningRecord record, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record switch
        {
            TravellerRecord { Direction: Direction.Departure } t => FirstDeparture(t) ?? LastArrival(t) ?? receivedAt,
            TravellerRecord t => LastArrival(t) ?? FirstDeparture(t) ?? receivedAt,
            WorkPermitRecord { ApplicationDate: { } applied } => new DateTimeOffset(applied.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            _ => receivedAt,
        };
    }

    private static DateTimeOffset? LastArrival(TravellerRecord t)
    {
        for (var i = t.Legs.Count - 1; i >= 0; i--)
        {
            if (t.Legs[i].ScheduledArrival is { } arrival)
            {
                return arrival;
            }
        }

        return null;
    }

    private static DateTimeOffset? FirstDeparture(TravellerRecord t)
    {
        foreach (var leg in t.Legs)
        {
            if (leg.ScheduledDeparture is { } departure)
            {
                return departure;
            }
        }

        return null;
    }
}
