using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Writes traveller records as a D:05B PAXLST interchange: one message per flight and role
/// (passenger list 745, crew list 250). Used for round-trip tests and to generate demo and
/// benchmark fixtures; <see cref="PaxlstReader"/> reads back every field the format carries.
/// </summary>
public sealed class PaxlstWriter
{
    /// <summary>Writes the travellers in one interchange.</summary>
    public string Write(IReadOnlyList<TravellerRecord> travellers, PaxlstWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(travellers);
        ArgumentNullException.ThrowIfNull(options);
        var text = new EdifactText(options.Separators, options.SegmentsOnNewLines);
        var messageCount = 0;

        var prepared = options.Prepared.UtcDateTime;
        text.Segment("UNB", ["UNOC", "4"], [options.Sender], [options.Recipient],
            [prepared.ToString("yyMMdd", CultureInfo.InvariantCulture), prepared.ToString("HHmm", CultureInfo.InvariantCulture)],
            [options.InterchangeReference]);

        var groups = travellers
            .GroupBy(t => (Crew: t.Role == TravellerRole.Crew, t.Carrier, t.FlightNumber, Legs: LegKey(t.Legs)))
            .ToList();
        foreach (var group in groups)
        {
            messageCount++;
            text.StartMessage();
            var reference = "M" + messageCount.ToString(CultureInfo.InvariantCulture);
            var first = group.First();
            text.Segment("UNH", [reference], ["PAXLST", "D", "05B", "UN", "IATA"]);
            text.Segment("BGM", [group.Key.Crew ? "250" : "745"]);
            text.Segment("NAD", ["MS"], [], [], [options.Sender]);
            (string? Carrier, string? Flight)? transport = null;
            if (first.Legs.Count == 0 || first.Legs.All(l => l.FlightNumber is null))
            {
                text.Segment("TDT", ["20"], [first.FlightNumber ?? ""], [], [], [first.Carrier ?? ""]);
                transport = (first.Carrier, first.FlightNumber);
            }

            foreach (var leg in first.Legs)
            {
                // Legs on their own flights get a TDT group each (US style), so a reader keeps every flight.
                var legTransport = (leg.Carrier ?? first.Carrier, leg.FlightNumber ?? first.FlightNumber);
                if (transport is null || (leg.FlightNumber is not null && transport != legTransport))
                {
                    text.Segment("TDT", ["20"], [legTransport.Item2 ?? ""], [], [], [legTransport.Item1 ?? ""]);
                    transport = legTransport;
                }

                text.Segment("LOC", ["125"], [leg.DepartureAirport]);
                if (leg.ScheduledDeparture is { } departure)
                {
                    text.Segment("DTM", ["189", Airports.ToLocal(leg.DepartureAirport, departure).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture), "203"]);
                }

                text.Segment("LOC", ["87"], [leg.ArrivalAirport]);
                if (leg.ScheduledArrival is { } arrival)
                {
                    text.Segment("DTM", ["232", Airports.ToLocal(leg.ArrivalAirport, arrival).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture), "203"]);
                }
            }

            foreach (var t in group)
            {
                WriteTraveller(t, text.Segment);
            }

            text.Segment("CNT", [group.Key.Crew ? "41" : "42", group.Count().ToString(CultureInfo.InvariantCulture)]);
            text.Segment("UNT", [(text.SegmentsInMessage + 1).ToString(CultureInfo.InvariantCulture)], [reference]);
        }

        text.Segment("UNZ", [messageCount.ToString(CultureInfo.InvariantCulture)], [options.InterchangeReference]);
        return text.ToString();
    }

    private static void WriteTraveller(TravellerRecord t, Action<string, string?[][]> segment)
    {
        var transit = t.PurposeOfStay == PurposeOfStay.Transit;
        var qualifier = (t.Role, transit) switch
        {
            (TravellerRole.Crew, true) => "DDU",
            (TravellerRole.Crew, false) => "FM",
            (_, true) => "DDT",
            _ => "FL",
        };
        string?[] name = [t.Name.Surname, .. (t.Name.GivenNames ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        segment("NAD", [[qualifier], [], [], name]);
        if (t.Audit?.Sex is { } sex)
        {
            segment("ATT", [["2"], [], [sex]]);
        }

        if (t.BirthDate is { } birth)
        {
            segment("DTM", [["329", birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), "102"]]);
        }

        if (t.Legs.Count > 0)
        {
            segment("LOC", [["178"], [t.Legs[0].DepartureAirport]]);
            segment("LOC", [["179"], [t.Legs[^1].ArrivalAirport]]);
        }

        if (t.Contact is { } contact && (contact.Phone is not null || contact.Email is not null))
        {
            var elements = new List<string?[]>();
            if (contact.Phone is not null)
            {
                elements.Add([contact.Phone, "TE"]);
            }

            if (contact.Email is not null)
            {
                elements.Add([contact.Email, "EM"]);
            }

            segment("COM", [.. elements]);
        }

        if (t.Audit?.Nationality is { } nationality)
        {
            segment("NAT", [["2"], [nationality]]);
        }

        if (t.Booking?.GroupReference is { } booking)
        {
            segment("RFF", [["AVF", booking]]);
        }

        segment("RFF", [["ABO", t.TravellerReference]]);
        if (t.Document is { } doc)
        {
            segment("DOC", [[doc.Type == "C" ? "AC" : doc.Type, "110", "111"], [doc.Number]]);
            if (doc.Expiry is { } expiry)
            {
                segment("DTM", [["36", expiry.ToString("yyyyMMdd", CultureInfo.InvariantCulture), "102"]]);
            }

            if (doc.IssuingState is { } state)
            {
                segment("LOC", [["91"], [state]]);
            }
        }
    }

    private static string LegKey(IReadOnlyList<FlightLeg> legs) =>
        string.Join('|', legs.Select(l => $"{l.DepartureAirport}>{l.ArrivalAirport}@{l.ScheduledDeparture?.UtcTicks}/{l.ScheduledArrival?.UtcTicks}"));
}
