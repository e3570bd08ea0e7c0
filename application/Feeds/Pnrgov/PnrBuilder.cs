using BorderScreening.Application.Feeds.Paxlst;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Collects one PNR (segment group 1: SRC and everything up to the next SRC): its reservation
/// control (RCI), booking agency (ORG), contacts (ADD, IFT, SSR CTC*), group and split markers,
/// passengers (TIF with their SSRs, tickets and payments) and itinerary (TVL).
/// </summary>
internal sealed class PnrBuilder(int position, EdifactSegment src, DateOnly today)
{
    // PADIS segments that are read but carry nothing the record holds.
    private static readonly HashSet<string> Ignored =
        ["FTI", "REF", "EBD", "FAR", "PTK", "TXD", "RPI", "APD", "ABI", "LTS", "EQN", "TRI", "TBD", "SAC", "TRA", "PTS", "MSG", "ERC", "QTY", "CNT"];

    private PnrPassengerBuilder? _passenger;
    private PnrPayment? _payment;
    private Context _context = Context.Pnr;

    private enum Context
    {
        Pnr,
        Passenger,
        Payment,
        Itinerary,
    }

    public int Position { get; } = position;
    public EdifactSegment Src { get; } = src;
    public string? Locator { get; private set; }
    public string? LocatorOwner { get; private set; }
    public DateOnly? BookingDate { get; private set; }
    public bool Split { get; private set; }
    public string? GroupName { get; set; }
    public string? Agent { get; private set; }
    public string? Office { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public bool UnaccompaniedMinor { get; private set; }
    public List<PnrPayment> Payments { get; } = [];
    public List<PnrPassengerBuilder> Passengers { get; } = [];
    public List<PnrItinerarySegment> Itinerary { get; } = [];
    public List<string> Warnings { get; } = [];
    public List<FieldError> Errors { get; } = [];

    // SSR DOCS sent at PNR level name their passenger; they are matched by name when the PNR ends.
    public List<(EdifactSegment Segment, string[] Fields)> PnrDocs { get; } = [];

    public void Add(EdifactSegment segment, Func<EdifactSegment, PnrPayment?> readPayment)
    {
        var notes = _passenger?.Warnings ?? Warnings;
        notes.AddRange(segment.Notes);
        switch (segment.Tag)
        {
            case "RCI":
                Reservation(segment);
                break;
            case "DAT":
                Date(segment);
                break;
            case "ORG":
                Agent = Agent ?? NullIfEmpty(segment.Value(2, 0)) ?? NullIfEmpty(segment.Value(1, 0));
                Office = Office ?? NullIfEmpty(segment.Value(2, 1)) ?? NullIfEmpty(segment.Value(1, 1));
                break;
            case "ADD":
                Addressed(segment);
                break;
            case "IFT":
                FreeText(segment);
                break;
            case "SSR":
                Special(segment);
                break;
            case "TIF":
                _context = Context.Passenger;
                _payment = null;
                _passenger = PnrgovPassengers.Start(Passengers.Count + 1, segment, this);
                if (_passenger is not null)
                {
                    Passengers.Add(_passenger);
                }

                break;
            case "TKT":
                if (_passenger is { } ticketed)
                {
                    ticketed.TicketNumber ??= NullIfEmpty(segment.Value(1, 0));
                }

                break;
            case "MON":
                Fare(segment);
                break;
            case "FOP":
                _payment = readPayment(segment);
                if (_payment is not null)
                {
                    // In a passenger's group the payment is that passenger's; before any TIF, the PNR's.
                    (_passenger?.Payments ?? Payments).Add(_payment);
                    _context = Context.Payment;
                }

                break;
            case "TVL":
                _context = Context.Itinerary;
                _passenger = null;
                _payment = null;
                if (PnrgovTravel.Read(segment, today, Warnings) is { } leg)
                {
                    Itinerary.Add(leg);
                }

                break;
            default:
                if (!Ignored.Contains(segment.Tag))
                {
                    notes.Add($"{segment.Where}: not a PNRGOV segment; ignored");
                }

                break;
        }
    }

    private void Reservation(EdifactSegment segment)
    {
        for (var e = 1; e <= segment.Elements.Count; e++)
        {
            var owner = segment.Value(e, 0).ToUpperInvariant();
            var locator = segment.Value(e, 1).ToUpperInvariant();
            var type = segment.Value(e, 2).ToUpperInvariant();
            if (type == "S")
            {
                // Reservation control type S names the PNR this one was split from (or into).
                Split = true;
                continue;
            }

            if (Locator is null && locator.Length > 0)
            {
                Locator = locator;
                LocatorOwner = owner.Length == 0 ? null : owner;
            }

            var created = segment.Value(e, 3);
            if (BookingDate is null && created.Length > 0)
            {
                BookingDate = PnrgovDates.Date(created, today, out var deviation);
                if (BookingDate is null)
                {
                    Warnings.Add($"{segment.Where}: booking date '{created}' is not a date (DDMMYY); left out");
                }
                else if (deviation is not null)
                {
                    Warnings.Add($"{segment.Where}: booking date '{created}' written {deviation}; read so");
                }
            }
        }

        if (Locator is null)
        {
            Warnings.Add($"{segment.Where}: no record locator");
        }
    }

    private void Date(EdifactSegment segment)
    {
        // DAT 710: ticket issue date (in the passenger's ticket group); other qualifiers are not carried.
        if (segment.Value(1, 0) == "710" && _passenger is { } p)
        {
            p.TicketIssueDate ??= PnrgovDates.Date(segment.Value(1, 1), today, out _);
        }
    }

    private void Addressed(EdifactSegment segment)
    {
        if (_context == Context.Payment)
        {
            // The payer's address: identifies the payer only as far as the name does; not kept.
            return;
        }

        var c = segment.Components(2).Select(x => x.Trim().ToUpperInvariant()).ToList();
        var address = string.Join(", ", c.Skip(1).Take(5).Where(x => x.Length > 0));
        var phone = c.Count > 6 && c[6].Length > 0 ? c[6] : null;
        if (_passenger is { } p)
        {
            p.Address ??= NullIfEmpty(address);
            p.Phone ??= phone;
        }
        else
        {
            Address ??= NullIfEmpty(address);
            Phone ??= phone;
        }
    }

    private void FreeText(EdifactSegment segment)
    {
        var lines = segment.Elements.Skip(1).SelectMany(e => e).Where(x => x.Trim().Length > 0).ToList();
        if (_context == Context.Payment && _payment is not null && _payment.PayerName is null && lines.Count > 0)
        {
            _payment.PayerName = lines[0].Trim().ToUpperInvariant();
            return;
        }

        foreach (var line in lines)
        {
            if (PnrgovSsr.OsiContact(line) is { } contact)
            {
                Contacted(contact.Phone, contact.Email);
            }
            else if (line.Contains("SPLIT", StringComparison.OrdinalIgnoreCase))
            {
                Split = true;
            }
        }
    }

    private void Special(EdifactSegment segment)
    {
        var (code, fields, text) = PnrgovSsr.Of(segment);
        switch (code)
        {
            case "DOCS" when _passenger is { } p && NamesAnother(fields, p):
                // DOCS sent after the wrong TIF (all of them after the last one) name their passenger.
                PnrDocs.Add((segment, fields));
                break;
            case "DOCS" when _passenger is { } p:
                PnrgovSsr.Docs(p, segment, fields, today);
                break;
            case "DOCS":
                PnrDocs.Add((segment, fields));
                break;
            case "DOCA" when _passenger is { } p:
                PnrgovSsr.Doca(p, fields);
                break;
            case "UMNR" when _passenger is { } p:
                p.UnaccompaniedMinor = true;
                break;
            case "UMNR":
                UnaccompaniedMinor = true;
                break;
            case "GRPS" or "GRPF":
                GroupName ??= NullIfEmpty(text.Trim().ToUpperInvariant());
                break;
            case "CTCE" or "CTCM" or "CTCH" or "CTCB" or "CTCR" or "CTCT":
                var (phone, email) = PnrgovSsr.Contact(code, text);
                Contacted(phone, email);
                break;
            default:
                // DOCO, seats, meals, wheelchairs, …: read, not carried.
                break;
        }
    }

    private static bool NamesAnother(string[] fields, PnrPassengerBuilder p) =>
        fields.Length > 7 && PnrgovPassengers.Normalise(fields[7]) is { Length: > 0 } surname && surname != p.Surname;

    private void Contacted(string? phone, string? email)
    {
        if (_passenger is { } p)
        {
            p.Phone ??= phone;
            p.Email ??= email;
        }
        else
        {
            Phone ??= phone;
            Email ??= email;
        }
    }

    private void Fare(EdifactSegment segment)
    {
        if (_passenger is not { } p)
        {
            return;
        }

        // MON: B base fare, T total; the total wins.
        for (var e = 1; e <= segment.Elements.Count; e++)
        {
            var qualifier = segment.Value(e, 0).ToUpperInvariant();
            if (qualifier is "T" or "B" && (p.FareAmount is null || qualifier == "T")
                && decimal.TryParse(segment.Value(e, 1), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var amount))
            {
                p.FareAmount = amount;
                var currency = segment.Value(e, 2).ToUpperInvariant();
                p.FareCurrency = currency.Length == 3 && currency.All(char.IsAsciiLetterUpper) ? currency : null;
            }
        }
    }

    internal static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
