using System.Globalization;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Writes travellers as a PNRGOV 13.1 push (benchmark, demo and test fixtures): one message per
/// flight, one PNR per booking reference (a traveller without one gets a PNR of their own), with
/// RCI, ORG, TIF, SSR DOCS, FOP (cash, or a masked card), the payer's IFT and the itinerary. Card
/// numbers are written masked: the writer never holds one.
/// </summary>
public sealed class PnrgovWriter
{
    /// <summary>The interchange as text, one segment per line.</summary>
    public string Write(IReadOnlyList<TravellerRecord> travellers, string interchangeReference = "1")
    {
        ArgumentNullException.ThrowIfNull(travellers);
        var text = new EdifactText(ServiceStringAdvice.Default, segmentsOnNewLines: true);
        text.Segment("UNB", ["IATA", "1"], ["BORDERSCREENING"], ["PNRGOV"], ["010126", "0000"], [interchangeReference]);
        var messages = 0;
        foreach (var flight in travellers.GroupBy(t => (t.Carrier, t.FlightNumber, Key: t.Legs.Count == 0 ? "" : $"{t.Legs[^1].DepartureAirport}{t.Legs[^1].ArrivalAirport}{t.Legs[^1].ScheduledDeparture?.UtcTicks}")))
        {
            messages++;
            text.StartMessage();
            var reference = messages.ToString(CultureInfo.InvariantCulture);
            var first = flight.First();
            text.Segment("UNH", [reference], ["PNRGOV", "13", "1", "IA"]);
            text.Segment("MSG", ["", "22"]);
            if (first.Legs.Count > 0)
            {
                var reported = first.Direction == Direction.Departure ? first.Legs[0] : first.Legs[^1];
                Travel(text.Segment, reported, first.Carrier, first.FlightNumber);
            }

            var pnrs = flight.GroupBy(t => t.Booking?.GroupReference ?? "P" + t.TravellerReference).ToList();
            text.Segment("EQN", [pnrs.Count.ToString(CultureInfo.InvariantCulture)]);
            foreach (var pnr in pnrs)
            {
                var booking = pnr.First().Booking;
                text.Segment("SRC");
                text.Segment("RCI", [first.Carrier ?? "", pnr.Key, "", booking?.BookingDate?.ToString("ddMMyy", CultureInfo.InvariantCulture) ?? "", ""]);
                if (booking?.BookingAgent is { } agent)
                {
                    text.Segment("ORG", ["1A", ""], [agent, booking.BookingOffice ?? ""]);
                }

                foreach (var t in pnr)
                {
                    Passenger(text.Segment, t);
                }

                foreach (var leg in first.Legs)
                {
                    Travel(text.Segment, leg, leg.Carrier ?? first.Carrier, leg.FlightNumber ?? first.FlightNumber);
                }
            }

            text.Segment("UNT", [(text.SegmentsInMessage + 1).ToString(CultureInfo.InvariantCulture)], [reference]);
        }

        text.Segment("UNZ", [messages.ToString(CultureInfo.InvariantCulture)], [interchangeReference]);
        return text.ToString();
    }

    private static void Passenger(Action<string, string?[][]> segment, TravellerRecord t)
    {
        segment("TIF", [[t.Name.Surname, "I"], [t.Name.GivenNames ?? "", "A", t.TravellerReference]]);
        var doc = t.Document;
        var docs = string.Join('/',
            "",
            doc?.Type ?? "",
            doc?.IssuingState ?? "",
            doc?.Number ?? "",
            t.Audit?.Nationality ?? "",
            SsrDate(t.BirthDate),
            t.Audit?.Sex ?? "",
            SsrDate(doc?.Expiry),
            t.Name.Surname,
            t.Name.GivenNames ?? "");
        segment("SSR", [["DOCS", "HK", "1", t.Carrier ?? "", "", "", "", "", docs]]);
        if (t.Contact?.Email is { } email)
        {
            segment("SSR", [["CTCE", "HK", "1", t.Carrier ?? "", "", "", "", "", "/" + email.Replace("@", "//", StringComparison.Ordinal).ToUpperInvariant()]]);
        }

        if (t.Booking is not { FormOfPayment: { } form } booking)
        {
            return;
        }

        segment("FOP", form switch
        {
            FormOfPayment.Card => [["CC", "", "", "VI", "XXXXXXXXXXXX" + (booking.PaymentCardLastFour ?? "0000"), ""]],
            FormOfPayment.Cash => [["CA"]],
            FormOfPayment.Transfer => [["INV"]],
            FormOfPayment.Voucher => [["VO"]],
            _ => [["MS"]],
        });
        var payer = booking.PaidBy switch
        {
            Payer.Self => $"{t.Name.Surname}/{t.Name.GivenNames}",
            Payer.Company => $"{booking.PayerId ?? "PAYING"} LTD",
            Payer.OtherPerson => booking.PayerId ?? "OTHER/PAYER",
            _ => null,
        };
        if (payer is not null)
        {
            segment("IFT", [["4", "43"], [payer]]);
        }
    }

    private static void Travel(Action<string, string?[][]> segment, FlightLeg leg, string? carrier, string? flightNumber)
    {
        var local = (string airport, DateTimeOffset? at) => at is { } instant ? Airports.ToLocal(airport, instant) : (DateTime?)null;
        var dep = local(leg.DepartureAirport, leg.ScheduledDeparture);
        var arr = local(leg.ArrivalAirport, leg.ScheduledArrival);
        var number = flightNumber is { Length: > 2 } f && carrier is not null && f.StartsWith(carrier, StringComparison.Ordinal) ? f[carrier.Length..] : flightNumber ?? "";
        segment("TVL",
            [[dep?.ToString("ddMMyy", CultureInfo.InvariantCulture) ?? "", dep?.ToString("HHmm", CultureInfo.InvariantCulture) ?? "", arr?.ToString("ddMMyy", CultureInfo.InvariantCulture) ?? "", arr?.ToString("HHmm", CultureInfo.InvariantCulture) ?? ""],
             [leg.DepartureAirport], [leg.ArrivalAirport], [carrier ?? ""], [number]]);
    }

    private static string SsrDate(DateOnly? date) =>
        date?.ToString("ddMMMyy", CultureInfo.InvariantCulture).ToUpperInvariant() ?? "";
}
