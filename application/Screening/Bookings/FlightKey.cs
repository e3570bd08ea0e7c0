using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Screening.Bookings;

/// <summary>
/// The flight a traveller meets the border on — jurisdiction, flight number (leading zeros of the
/// number dropped: KL0765 = KL765) and the UTC date of its scheduled departure — under which PNR
/// passengers and passenger-list travellers are kept and matched.
/// </summary>
public sealed record FlightKey(Jurisdiction Jurisdiction, string Flight, DateOnly Date)
{
    /// <summary>The key of a traveller's flight into (arrival) or out of (departure) the jurisdiction; null when it lacks a flight number or a time.</summary>
    public static FlightKey? Of(TravellerRecord traveller)
    {
        ArgumentNullException.ThrowIfNull(traveller);
        if (traveller.Legs is not { Count: > 0 } legs || Normalise(traveller.FlightNumber) is not { } flight)
        {
            return null;
        }

        var leg = traveller.Direction == Direction.Departure ? legs[0] : legs[^1];
        var at = leg?.ScheduledDeparture ?? leg?.ScheduledArrival;
        return at is { } instant ? new FlightKey(traveller.Jurisdiction, flight, DateOnly.FromDateTime(instant.UtcDateTime)) : null;
    }

    /// <summary>"CW|KL765|20261201": a table partition key (no '/', '\', '#' or '?').</summary>
    public override string ToString() =>
        $"{Jurisdiction.ToCode()}|{Flight}|{Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    private static string? Normalise(string? flightNumber)
    {
        var text = new string((flightNumber ?? "").Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        if (text.Length < 3)
        {
            return null;
        }

        // The carrier is the first two characters (IATA designators may hold a digit: "9W"); the rest is the number.
        var number = text[2..].TrimStart('0');
        return text[..2] + (number.Length == 0 ? "0" : number);
    }
}
