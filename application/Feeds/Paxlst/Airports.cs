using System.Collections.Frozen;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// What the feeds need to know about airports: which jurisdiction an airport lies in, and the time
/// zone of the local times PAXLST gives (DTM 189/232 carry no offset).
/// </summary>
internal static class Airports
{
    private static readonly FrozenDictionary<string, Jurisdiction> JurisdictionAirports = new Dictionary<string, Jurisdiction>(StringComparer.OrdinalIgnoreCase)
    {
        ["AUA"] = Jurisdiction.AW,
        ["CUR"] = Jurisdiction.CW,
        ["SXM"] = Jurisdiction.SX,
        ["BON"] = Jurisdiction.BQ_BO,
        ["EUX"] = Jurisdiction.BQ_SE,
        ["SAB"] = Jurisdiction.BQ_SA,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // IANA zone and the standard offset used when the zone database is missing on the host.
    private static readonly FrozenDictionary<string, (string Zone, double Hours)> Zones = new Dictionary<string, (string, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["AUA"] = ("America/Aruba", -4), ["CUR"] = ("America/Curacao", -4), ["BON"] = ("America/Kralendijk", -4),
        ["SXM"] = ("America/Lower_Princes", -4), ["EUX"] = ("America/Kralendijk", -4), ["SAB"] = ("America/Kralendijk", -4),
        ["AMS"] = ("Europe/Amsterdam", 1), ["BRU"] = ("Europe/Brussels", 1), ["CDG"] = ("Europe/Paris", 1), ["ORY"] = ("Europe/Paris", 1),
        ["FRA"] = ("Europe/Berlin", 1), ["MAD"] = ("Europe/Madrid", 1), ["LIS"] = ("Europe/Lisbon", 0), ["LHR"] = ("Europe/London", 0),
        ["LGW"] = ("Europe/London", 0), ["DUS"] = ("Europe/Berlin", 1), ["ZRH"] = ("Europe/Zurich", 1),
        ["MIA"] = ("America/New_York", -5), ["FLL"] = ("America/New_York", -5), ["MCO"] = ("America/New_York", -5),
        ["JFK"] = ("America/New_York", -5), ["EWR"] = ("America/New_York", -5), ["ATL"] = ("America/New_York", -5),
        ["CLT"] = ("America/New_York", -5), ["PHL"] = ("America/New_York", -5), ["BOS"] = ("America/New_York", -5),
        ["IAD"] = ("America/New_York", -5), ["TPA"] = ("America/New_York", -5), ["IAH"] = ("America/Chicago", -6),
        ["ORD"] = ("America/Chicago", -6), ["DFW"] = ("America/Chicago", -6), ["YYZ"] = ("America/Toronto", -5),
        ["YUL"] = ("America/Toronto", -5), ["BOG"] = ("America/Bogota", -5), ["MDE"] = ("America/Bogota", -5),
        ["BAQ"] = ("America/Bogota", -5), ["CCS"] = ("America/Caracas", -4), ["VLN"] = ("America/Caracas", -4),
        ["MAR"] = ("America/Caracas", -4), ["PTY"] = ("America/Panama", -5), ["SDQ"] = ("America/Santo_Domingo", -4),
        ["PUJ"] = ("America/Santo_Domingo", -4), ["STI"] = ("America/Santo_Domingo", -4), ["SJU"] = ("America/Puerto_Rico", -4),
        ["POS"] = ("America/Port_of_Spain", -4), ["BGI"] = ("America/Barbados", -4), ["ANU"] = ("America/Antigua", -4),
        ["SKB"] = ("America/St_Kitts", -4), ["STT"] = ("America/St_Thomas", -4), ["EIS"] = ("America/Tortola", -4),
        ["AXA"] = ("America/Anguilla", -4), ["SFG"] = ("America/Marigot", -4), ["SBH"] = ("America/St_Barthelemy", -4),
        ["PTP"] = ("America/Guadeloupe", -4), ["FDF"] = ("America/Martinique", -4), ["PBM"] = ("America/Paramaribo", -3),
        ["GEO"] = ("America/Guyana", -4), ["KIN"] = ("America/Jamaica", -5), ["MBJ"] = ("America/Jamaica", -5),
        ["HAV"] = ("America/Havana", -5), ["MEX"] = ("America/Mexico_City", -6), ["CUN"] = ("America/Cancun", -5),
        ["GRU"] = ("America/Sao_Paulo", -3), ["LIM"] = ("America/Lima", -5), ["SAL"] = ("America/El_Salvador", -6),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeZoneInfo?> Resolved = new(StringComparer.Ordinal);

    /// <summary>The jurisdiction an airport lies in: AUA→AW, CUR→CW, SXM→SX, BON→BQ-BO, EUX→BQ-SE, SAB→BQ-SA.</summary>
    public static Jurisdiction? JurisdictionOf(string? airport) =>
        airport is not null && JurisdictionAirports.TryGetValue(airport.Trim(), out var jurisdiction) ? jurisdiction : null;

    /// <summary>Whether the airport's time zone is known.</summary>
    public static bool HasKnownTimeZone(string? airport) => airport is not null && Zones.ContainsKey(airport);

    /// <summary>Turns a local time at <paramref name="airport"/> into an instant (UTC when the airport is unknown).</summary>
    public static DateTimeOffset FromLocal(string airport, DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (!Zones.TryGetValue(airport, out var zone))
        {
            return new DateTimeOffset(local, TimeSpan.Zero);
        }

        var offset = Zone(zone.Zone) is { } tz ? tz.GetUtcOffset(local) : TimeSpan.FromHours(zone.Hours);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The local time at <paramref name="airport"/> of an instant (UTC when the airport is unknown).</summary>
    public static DateTime ToLocal(string airport, DateTimeOffset instant)
    {
        if (!Zones.TryGetValue(airport, out var zone))
        {
            return instant.UtcDateTime;
        }

        return Zone(zone.Zone) is { } tz
            ? TimeZoneInfo.ConvertTime(instant, tz).DateTime
            : instant.ToOffset(TimeSpan.FromHours(zone.Hours)).DateTime;
    }

    private static TimeZoneInfo? Zone(string id) => Resolved.GetOrAdd(id, static key =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(key);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    });
}
