using BorderScreening.Application.Feeds.Paxlst;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Reads a TVL: element 1 dates and times (departure date:time:arrival date:time, DDMMYY HHMM),
/// 2 departure airport, 3 arrival airport, 4 carriers (marketing:operating, a codeshare when they
/// differ), 5 flight number (:booking class).
/// </summary>
internal static class PnrgovTravel
{
    public static PnrItinerarySegment? Read(EdifactSegment tvl, DateOnly today, List<string> warnings)
    {
        var departure = tvl.Value(2).ToUpperInvariant();
        var arrival = tvl.Value(3).ToUpperInvariant();
        if (departure.Length == 0 || arrival.Length == 0)
        {
            warnings.Add($"{tvl.Where}: flight without a departure or arrival airport; ignored");
            return null;
        }

        DateTime? Time(int dateComponent, string what)
        {
            var text = tvl.Value(1, dateComponent);
            if (text.Length == 0)
            {
                return null;
            }

            var date = PnrgovDates.Date(text, today, out var deviation);
            var time = PnrgovDates.LocalTime(date, tvl.Value(1, dateComponent + 1));
            if (time is null)
            {
                warnings.Add($"{tvl.Where}: {what} '{text}:{tvl.Value(1, dateComponent + 1)}' is not a date and time (DDMMYY:HHMM); left out");
            }
            else if (deviation is not null)
            {
                warnings.Add($"{tvl.Where}: {what} date '{text}' written {deviation}; read so");
            }

            return time;
        }

        var marketing = tvl.Value(4, 0).ToUpperInvariant();
        var operating = tvl.Value(4, 1).ToUpperInvariant();
        var carrier = operating.Length > 0 ? operating : marketing;
        var number = tvl.Value(5, 0).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        string? flight = number.Length == 0 ? null
            : char.IsAsciiDigit(number[0]) && marketing.Length > 0 ? marketing + number
            : number;
        return new PnrItinerarySegment(
            departure,
            arrival,
            Time(0, "departure"),
            Time(2, "arrival"),
            carrier.Length == 0 ? null : carrier,
            operating.Length > 0 && marketing.Length > 0 && operating != marketing ? marketing : null,
            flight);
    }
}
