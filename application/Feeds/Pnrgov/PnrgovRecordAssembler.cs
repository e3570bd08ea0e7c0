using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Turns the passengers of one finished PNR into validated traveller records: the reported flight
/// and its connections as legs, the booking facts (locator, dates, agency, group, payment and payer,
/// ticket, fare), contacts and the SSR facts. A record's identity is the flight, its date and the
/// record locator with the passenger's reference, so a later push of the same PNR is a repeat or a
/// correction, never a second traveller.
/// </summary>
internal sealed class PnrgovRecordAssembler(
    string messagePath,
    IReadOnlyList<string> messageWarnings,
    PnrItinerarySegment? flight,
    (Jurisdiction? Jurisdiction, Direction Direction, FieldError? Error) place,
    RecordValidator validator,
    PnrgovReadOptions options)
{
    public List<ParsedRecord> Assemble(PnrBuilder pnr, int firstIndex)
    {
        var path = $"{messagePath}.pnr[{pnr.Position}]";
        AssignPnrDocs(pnr);
        var (legs, tripType, returnDate) = PnrgovJourney.Of(flight, pnr.Itinerary, place.Direction == Direction.Arrival);
        var flightKey = flight is null ? "NOFLIGHT"
            : $"{flight.FlightNumber ?? flight.Carrier ?? "XX"}/{flight.DepartureTime?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "UNDATED"}";
        var locator = pnr.Locator ?? $"PNR{pnr.Position}";
        var references = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<ParsedRecord>(pnr.Passengers.Count);
        foreach (var p in pnr.Passengers)
        {
            var prefix = $"{path}.passenger[{p.Position}]";
            var warnings = new List<string>(messageWarnings);
            warnings.AddRange(pnr.Warnings);
            warnings.AddRange(p.Warnings);
            var errors = p.Errors.Select(e => e with { Path = $"{prefix}.{e.Path}" }).ToList();
            if (place.Error is { } placeError)
            {
                errors.Add(placeError with { Path = prefix + ".jurisdiction" });
            }

            var reference = p.Reference ?? p.Position.ToString(CultureInfo.InvariantCulture);
            if (!references.Add(reference))
            {
                warnings.Add($"passenger reference '{reference}' repeats an earlier passenger's of this PNR; the position {p.Position} is used");
                reference = p.Position.ToString(CultureInfo.InvariantCulture);
                references.Add(reference);
            }

            var record = new TravellerRecord
            {
                Jurisdiction = place.Jurisdiction ?? default,
                SourceSystem = options.SourceSystem ?? "",
                MessageReference = $"PNR/{flightKey}/{locator}",
                TravellerReference = reference,
                Direction = place.Direction,
                Carrier = flight?.Carrier,
                FlightNumber = flight?.FlightNumber,
                Legs = legs,
                Name = new PersonName { Surname = p.Surname, GivenNames = p.GivenNames },
                BirthDate = p.BirthDate,
                Audit = p.Sex is null && p.Nationality is null ? null : new ProtectedAttributes { Sex = p.Sex, Nationality = p.Nationality },
                Document = p.Document,
                Booking = Booking(pnr, p, tripType),
                Contact = Contact(pnr, p),
                AddressAtDestination = p.AddressAtDestination,
                TravellingWithGuardian = p.UnaccompaniedMinor || pnr.UnaccompaniedMinor ? false : null,
                Trip = returnDate is null ? null : new TripFacts { ReturnDate = returnDate },
            };
            errors.AddRange(validator.Validate(record, options.Today, prefix + "."));
            records.Add(errors.Count == 0
                ? ParsedRecord.Valid(firstIndex + records.Count, record, warnings)
                : new ParsedRecord(firstIndex + records.Count, record, errors, warnings));
        }

        return records;
    }

    private static BookingFacts Booking(PnrBuilder pnr, PnrPassengerBuilder p, TripType? tripType)
    {
        var payments = p.Payments.Count > 0 ? p.Payments : pnr.Payments;
        var payment = payments.Count > 0 ? payments[0] : null;
        var (paidBy, along) = PnrgovPayer.Classify(payment?.PayerName, p, pnr.Passengers);
        var umnr = p.UnaccompaniedMinor || pnr.UnaccompaniedMinor;
        return new BookingFacts
        {
            BookingDate = pnr.BookingDate,
            TripType = tripType,
            FormOfPayment = payment?.Form,
            PaidBy = paidBy,
            // The card's keyed reference links payers; a name links only as far as names do.
            PayerId = payment?.CardReference ?? (payment?.PayerName is { } name ? PnrgovPayer.Key(name) : null),
            PayerTravelsAlong = along,
            BookingAgent = pnr.Agent,
            BookingOffice = pnr.Office,
            GroupReference = pnr.Locator,
            CoTravellerCount = pnr.Passengers.Count - 1,
            RecordLocator = pnr.Locator is null ? null : pnr.LocatorOwner is null ? pnr.Locator : $"{pnr.LocatorOwner}:{pnr.Locator}",
            GroupName = pnr.GroupName,
            SplitBooking = pnr.Split ? true : null,
            PaymentCardReference = payment?.CardReference,
            PaymentCardLastFour = payment?.LastFour,
            TicketIssueDate = p.TicketIssueDate,
            FareAmount = p.FareAmount,
            FareCurrency = p.FareCurrency,
            UnaccompaniedMinorService = umnr ? true : null,
        };
    }

    private static Contact? Contact(PnrBuilder pnr, PnrPassengerBuilder p)
    {
        var phone = p.Phone ?? pnr.Phone;
        var email = p.Email ?? pnr.Email;
        var address = p.Address ?? pnr.Address;
        return phone is null && email is null && address is null ? null : new Contact { Phone = phone, Email = email, Address = address };
    }

    /// <summary>PNR-level DOCS name their passenger (surname/given names); the only passenger takes them anyway.</summary>
    private void AssignPnrDocs(PnrBuilder pnr)
    {
        foreach (var (segment, fields) in pnr.PnrDocs)
        {
            var surname = fields.Length > 7 ? PnrgovPassengers.Normalise(fields[7]) : "";
            var given = fields.Length > 8 ? PnrgovPassengers.Normalise(fields[8]) : "";
            var match = pnr.Passengers.Count == 1 ? pnr.Passengers[0]
                : pnr.Passengers.FirstOrDefault(p => p.Surname == surname && (given.Length == 0 || (p.GivenNames ?? "").StartsWith(given, StringComparison.Ordinal)));
            if (match is null)
            {
                pnr.Warnings.Add($"{segment.Where}: DOCS for '{surname}' names no passenger of this PNR; ignored");
            }
            else
            {
                PnrgovSsr.Docs(match, segment, fields, options.Today);
            }
        }
    }
}
