using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// The legs of the flight one traveller is on: from the port of embarkation (LOC 178) to the port of
/// debarkation (LOC 179), or the whole flight when those do not match it.
/// </summary>
internal static class PaxlstTravellerLegs
{
    public static List<FlightLeg> Of(PaxlstTravellerBuilder t, IReadOnlyList<FlightLeg> legs, List<string> warnings)
    {
        if (legs.Count == 0)
        {
            return t.Embarkation is { } from && t.Debarkation is { } to
                ? [new FlightLeg { DepartureAirport = from, ArrivalAirport = to }]
                : [];
        }

        var first = 0;
        var last = legs.Count - 1;
        if (t.Embarkation is { } embark)
        {
            var i = IndexOf(legs, l => l.DepartureAirport == embark, 0);
            if (i >= 0)
            {
                first = i;
            }
            else
            {
                warnings.Add($"port of embarkation (LOC 178) {embark} is not a departure airport of the flight; all legs kept");
            }
        }

        if (t.Debarkation is { } debark)
        {
            var i = LastIndexOf(legs, l => l.ArrivalAirport == debark, first);
            if (i >= 0)
            {
                last = i;
            }
            else
            {
                warnings.Add($"port of debarkation (LOC 179) {debark} is not an arrival airport of the flight; all legs kept");
            }
        }

        return legs.Skip(first).Take(last - first + 1).ToList();
    }

    private static int IndexOf(IReadOnlyList<FlightLeg> legs, Func<FlightLeg, bool> match, int from)
    {
        for (var i = from; i < legs.Count; i++)
        {
            if (match(legs[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOf(IReadOnlyList<FlightLeg> legs, Func<FlightLeg, bool> match, int from)
    {
        for (var i = legs.Count - 1; i >= from; i--)
        {
            if (match(legs[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
