using System.Globalization;
using BorderScreening.Core.Records;

namespace BorderScreening.Core.Feeds.Paxlst;

/// <summary>
/// Collects the segments of one PAXLST message (UNH to UNT) and turns them into records when the
/// message ends: flight details apply to every traveller, wherever they stood in the message.
/// </summary>
internal sealed class PaxlstMessageBuilder
{
    private const int HeaderArea = 0;
    private const int FlightArea = 1;
    private const int TravellerArea = 2;
    private const int TrailerArea = 3;

    private static readonly HashSet<string> IgnoredTravellerTags = ["MEA", "GEI", "FTX", "EMP", "CPI", "QTY"];

    private readonly EdifactSegment _unh;
    private readonly string _controlRef;
    private readonly List<LegBuilder> _legs = [];
    private readonly List<PaxlstTravellerBuilder> _travellers = [];
    private readonly Dictionary<string, (int Count, EdifactSegment Segment)> _counts = new(StringComparer.Ordinal);
    private readonly FieldError? _fatal;
    private readonly DateOnly _today;
    private PaxlstTravellerBuilder? _traveller;
    private EdifactSegment? _bgm;
    private EdifactSegment? _tdt;
    private int _area;
    private int _segmentCount = 1;

    public PaxlstMessageBuilder(int number, EdifactSegment unh, string controlRef, DateOnly today)
    {
        _today = today;
        Number = number;
        _unh = unh;
        _controlRef = controlRef;
        Warnings.AddRange(unh.Notes);
        Reference = unh.Value(1);
        if (Reference.Length == 0)
        {
            Reference = number.ToString(CultureInfo.InvariantCulture);
            Warnings.Add($"{unh.Where}: no message reference; the message's position {Reference} is used");
        }

        var type = unh.Value(2, 0).ToUpperInvariant();
        var version = $"{unh.Value(2, 1)}:{unh.Value(2, 2)}".ToUpperInvariant();
        if (type != "PAXLST")
        {
            _fatal = new FieldError(Path, $"{unh.Where}: message type '{type}' is not PAXLST; message skipped");
        }
        else if (version is not ("D:02B" or "D:05B"))
        {
            Warnings.Add($"{unh.Where}: PAXLST version '{version}' read as D:05B");
        }
    }

    public int Number { get; }

    public string Reference { get; }

    public List<string> Warnings { get; } = [];

    private string Path => $"message[{Number}]";

    public void Add(EdifactSegment segment)
    {
        _segmentCount++;
        if (_fatal is not null)
        {
            return;
        }

        var qualifier = segment.Value(1, 0).ToUpperInvariant();
        switch (segment.Tag)
        {
            case "BGM":
                Header(segment);
                _bgm = segment;
                if (segment.Value(1) is not ("745" or "250"))
                {
                    Warnings.Add($"{segment.Where}: document code '{segment.Value(1)}' is neither 745 (passenger list) nor 250 (crew list); roles taken from NAD");
                }

                break;
            case "NAD" when qualifier is "FL" or "FM" or "DDT" or "DDU":
                StartTraveller(segment, qualifier);
                break;
            case "NAD" when qualifier == "MS":
                Header(segment);
                break;
            case "NAD":
                _traveller = null;
                Warnings.Add($"{segment.Where}: party qualifier '{qualifier}' is not FL, FM, DDT, DDU or MS; the party and its segments are ignored");
                break;
            case "COM" when _traveller is null:
                Header(segment);
                break;
            case "RFF" when _traveller is null && _area <= HeaderArea:
                Header(segment);
                break;
            case "DTM" when qualifier is "189" or "232":
                FlightTime(segment, qualifier);
                break;
            case "DTM" when _traveller is null && _area <= HeaderArea:
                Header(segment);
                break;
            case "TDT":
                Flight(segment);
                break;
            case "LOC" when qualifier is "125" or "87" or "92":
                FlightPlace(segment, qualifier);
                break;
            case "CNT":
                Trailer(segment);
                break;
            case "ATT" or "DTM" or "LOC" or "NAT" or "RFF" or "DOC" or "COM" or "MEA" or "GEI" or "FTX" or "EMP" or "CPI" or "QTY":
                TravellerSegment(segment, qualifier);
                break;
            default:
                Warnings.Add($"{segment.Where}: not a PAXLST segment; ignored");
                break;
        }
    }

    public void End(EdifactSegment unt)
    {
        _segmentCount++;
        Warnings.AddRange(unt.Notes);
        var declared = unt.Value(1);
        if (!int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != _segmentCount)
        {
            Warnings.Add($"{unt.Where}: declares {(declared.Length == 0 ? "no" : declared)} segments, the message has {_segmentCount}");
        }

        if (!string.Equals(unt.Value(2), _unh.Value(1), StringComparison.Ordinal))
        {
            Warnings.Add($"{unt.Where}: message reference '{unt.Value(2)}' does not match UNH '{_unh.Value(1)}'");
        }
    }

    public (IReadOnlyList<ParsedRecord> Records, IReadOnlyList<FieldError> Errors) Build(int firstIndex, RecordValidator validator, PaxlstReadOptions options)
    {
        if (_fatal is not null)
        {
            return ([], [_fatal]);
        }

        if (_travellers.Count == 0)
        {
            return ([], [new FieldError(Path, $"{_unh.Where}: message '{Reference}' holds no travellers (NAD FL, FM, DDT or DDU)")]);
        }

        CheckCounts();
        var legs = BuildLegs();
        var references = new HashSet<string>(StringComparer.Ordinal);
        var records = new List<ParsedRecord>(_travellers.Count);
        foreach (var t in _travellers)
        {
            records.Add(BuildRecord(t, firstIndex + records.Count, legs, references, validator, options));
        }

        return (records, []);
    }

    private ParsedRecord BuildRecord(
        PaxlstTravellerBuilder t, int index, IReadOnlyList<FlightLeg> flightLegs, HashSet<string> references, RecordValidator validator, PaxlstReadOptions options)
    {
        var prefix = $"{Path}.traveller[{t.Position}]";
        var warnings = new List<string>(Warnings);
        warnings.AddRange(t.Warnings);
        var errors = new List<FieldError>(t.Errors);

        var legs = TravellerLegs(t, flightLegs, warnings);
        var direction = Direction.Arrival;
        Jurisdiction jurisdiction;
        if (legs.Count > 0 && Airports.JurisdictionOf(legs[^1].ArrivalAirport) is { } arrival)
        {
            jurisdiction = arrival;
        }
        else if (legs.Count > 0 && Airports.JurisdictionOf(legs[0].DepartureAirport) is { } departure)
        {
            jurisdiction = departure;
            direction = Direction.Departure;
        }
        else if (options.Jurisdiction is { } fallback)
        {
            jurisdiction = fallback;
            if (legs.Count > 0)
            {
                warnings.Add($"neither {legs[0].DepartureAirport} nor {legs[^1].ArrivalAirport} lies in a jurisdiction; the feed's jurisdiction {fallback.ToCode()} is used");
            }
        }
        else
        {
            jurisdiction = default;
            errors.Add(new FieldError(prefix + ".jurisdiction", legs.Count > 0
                ? $"neither the departure airport {legs[0].DepartureAirport} nor the arrival airport {legs[^1].ArrivalAirport} lies in AW, CW, SX or BQ, and the feed gave no jurisdiction"
                : "the message names no airports (LOC 125/87, 178/179) and the feed gave no jurisdiction"));
        }

        var reference = t.Position.ToString(CultureInfo.InvariantCulture);
        if (t.PassengerReference is { Length: > 0 } abo)
        {
            if (references.Contains(abo))
            {
                warnings.Add($"passenger reference (RFF ABO) '{abo}' repeats an earlier traveller's; the position {reference} is used");
            }
            else
            {
                reference = abo;
            }
        }

        references.Add(reference);
        var (carrier, flightNumber) = FlightIdentity();
        var record = new TravellerRecord
        {
            Jurisdiction = jurisdiction,
            SourceSystem = options.SourceSystem ?? "",
            MessageReference = _controlRef.Length > 0 ? $"{_controlRef}/{Reference}" : Reference,
            TravellerReference = reference,
            Direction = direction,
            Carrier = carrier,
            FlightNumber = flightNumber,
            Legs = legs,
            Name = new PersonName { Surname = t.Surname, GivenNames = t.GivenNames },
            BirthDate = t.BirthDate,
            Audit = t.Sex is null && t.Nationality is null ? null : new ProtectedAttributes { Sex = t.Sex, Nationality = t.Nationality },
            Document = Document(t),
            Role = t.Role,
            Booking = t.BookingReference is null ? null : new BookingFacts { GroupReference = t.BookingReference },
            Contact = t.Phone is null && t.Email is null ? null : new Contact { Phone = t.Phone, Email = t.Email },
            PurposeOfStay = t.InTransit ? PurposeOfStay.Transit : null,
        };

        errors.AddRange(validator.Validate(record, options.Today, prefix + "."));
        return errors.Count == 0
            ? ParsedRecord.Valid(index, record, warnings)
            : new ParsedRecord(index, record, errors, warnings);
    }

    private (string? Carrier, string? FlightNumber) FlightIdentity()
    {
        if (_tdt is null)
        {
            return (null, null);
        }

        var flight = _tdt.Value(2).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var carrier = _tdt.Value(5).ToUpperInvariant();
        if (carrier.Length == 0 && flight.Length > 2)
        {
            carrier = flight[..2];
        }

        return (carrier.Length == 0 ? null : carrier, flight.Length == 0 ? null : flight);
    }

    private static TravelDocument? Document(PaxlstTravellerBuilder t)
    {
        if (t.Documents.Count == 0)
        {
            return null;
        }

        // The identity document is the travel document; a visa travels alongside it.
        var doc = t.Documents.FirstOrDefault(d => d.Type != "V") ?? t.Documents[0];
        return new TravelDocument
        {
            Type = doc.Type,
            Number = doc.Number,
            IssuingState = doc.IssuingState,
            Expiry = doc.Expiry,
        };
    }

    private static List<FlightLeg> TravellerLegs(PaxlstTravellerBuilder t, IReadOnlyList<FlightLeg> legs, List<string> warnings)
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

    private List<FlightLeg> BuildLegs()
    {
        var legs = new List<FlightLeg>(_legs.Count);
        var unknownZones = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var leg in _legs)
        {
            DateTimeOffset? Instant(string airport, DateTime? local)
            {
                if (local is null)
                {
                    return null;
                }

                if (!Airports.HasKnownTimeZone(airport))
                {
                    unknownZones.Add(airport);
                }

                return Airports.FromLocal(airport, local.Value);
            }

            legs.Add(new FlightLeg
            {
                DepartureAirport = leg.Departure,
                ArrivalAirport = leg.Arrival,
                ScheduledDeparture = Instant(leg.Departure, leg.DepartureTime),
                ScheduledArrival = Instant(leg.Arrival, leg.ArrivalTime),
            });
        }

        if (unknownZones.Count > 0)
        {
            Warnings.Add($"local times at {string.Join(", ", unknownZones)} read as UTC (airport time zone not known)");
        }

        return legs;
    }

    private void CheckCounts()
    {
        var passengers = _travellers.Count(t => t.Role == TravellerRole.Passenger);
        var crew = _travellers.Count - passengers;
        foreach (var (qualifier, (count, segment)) in _counts)
        {
            var (actual, what) = qualifier switch
            {
                "42" => (passengers, "passengers"),
                "41" => (crew, "crew members"),
                _ => (-1, ""),
            };
            if (actual >= 0 && actual != count)
            {
                Warnings.Add($"{segment.Where}: declares {count} {what}, the message holds {actual}");
            }
        }

        if (_bgm?.Value(1) == "745" && crew > 0 && passengers == 0)
        {
            Warnings.Add($"{_bgm.Where}: a passenger list (745) that names only crew (NAD FM/DDU)");
        }
        else if (_bgm?.Value(1) == "250" && passengers > 0 && crew == 0)
        {
            Warnings.Add($"{_bgm.Where}: a crew list (250) that names only passengers (NAD FL/DDT)");
        }
    }

    private void Header(EdifactSegment segment)
    {
        Warnings.AddRange(segment.Notes);
        if (_area > HeaderArea)
        {
            Warnings.Add($"{segment.Where}: message header segment after flight or traveller data; read anyway");
        }
    }

    private void Flight(EdifactSegment segment)
    {
        Warnings.AddRange(segment.Notes);
        OrderFlight(segment);
        if (_tdt is not null)
        {
            Warnings.Add($"{segment.Where}: a second TDT in one message ignored");
            return;
        }

        _tdt = segment;
        if (segment.Value(2).Length == 0)
        {
            Warnings.Add($"{segment.Where}: no flight number");
        }
    }

    private void FlightPlace(EdifactSegment segment, string qualifier)
    {
        Warnings.AddRange(segment.Notes);
        OrderFlight(segment);
        var airport = segment.Value(2).ToUpperInvariant();
        switch (qualifier)
        {
            case "125":
                _legs.Add(new LegBuilder { Departure = airport });
                break;
            case "87" when _legs.Count > 0 && _legs[^1].Arrival.Length == 0:
                _legs[^1].Arrival = airport;
                break;
            case "87":
                // An arrival without its departure: continue from the previous arrival if any.
                _legs.Add(new LegBuilder { Departure = _legs.Count > 0 ? _legs[^1].Arrival : "", Arrival = airport });
                if (_legs.Count == 1)
                {
                    Warnings.Add($"{segment.Where}: arrival airport without a departure airport (LOC 125)");
                }

                break;
            default:
                // LOC 92 (routing) adds nothing the legs do not already say.
                break;
        }
    }

    private void FlightTime(EdifactSegment segment, string qualifier)
    {
        Warnings.AddRange(segment.Notes);
        OrderFlight(segment);
        if (_legs.Count == 0)
        {
            Warnings.Add($"{segment.Where}: flight time without a LOC 125/87 before it; ignored");
            return;
        }

        var value = segment.Value(1, 1);
        var format = segment.Value(1, 2);
        var parsed = PaxlstDates.ParseDateTime(value, _today);
        if (parsed is null)
        {
            Warnings.Add($"{segment.Where}: '{value}' is not a time in format 201 (YYMMDDHHMM) or 203 (CCYYMMDDHHMM); left out");
            return;
        }

        if (format.Length > 0 && format != PaxlstDates.ExpectedFormat(value))
        {
            Warnings.Add($"{segment.Where}: format qualifier {format} does not match '{value}'; read as {PaxlstDates.ExpectedFormat(value)}");
        }

        if (qualifier == "189")
        {
            _legs[^1].DepartureTime = parsed;
        }
        else
        {
            _legs[^1].ArrivalTime = parsed;
        }
    }

    private void OrderFlight(EdifactSegment segment)
    {
        if (_area > FlightArea)
        {
            Warnings.Add($"{segment.Where}: flight segment after {(_area == TravellerArea ? "traveller data" : "CNT")}; applied to the whole flight");
        }
        else
        {
            _area = FlightArea;
        }
    }

    private void Trailer(EdifactSegment segment)
    {
        Warnings.AddRange(segment.Notes);
        _area = TrailerArea;
        _traveller = null;
        var qualifier = segment.Value(1, 0);
        if (int.TryParse(segment.Value(1, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            _counts[qualifier] = (count, segment);
        }
        else
        {
            Warnings.Add($"{segment.Where}: count '{segment.Value(1, 1)}' is not a number");
        }
    }

    private void StartTraveller(EdifactSegment segment, string qualifier)
    {
        if (_area == TrailerArea)
        {
            Warnings.Add($"{segment.Where}: traveller after CNT; read anyway");
        }

        _area = TravellerArea;
        var role = qualifier is "FM" or "DDU" ? TravellerRole.Crew : TravellerRole.Passenger;
        var t = new PaxlstTravellerBuilder(_travellers.Count + 1, segment, role, qualifier is "DDT" or "DDU");
        t.Warnings.AddRange(segment.Notes);
        var parts = segment.Components(4).Select(p => Normalise(p)).ToList();
        var surname = parts.Count > 0 ? parts[0] : "";
        var given = string.Join(' ', parts.Skip(1).Where(p => p.Length > 0));
        var raw = string.Join(' ', segment.Components(4));
        if (raw.Any(char.IsLower))
        {
            t.Warnings.Add($"{segment.Where}: name in lower case; upper-cased");
        }

        t.Surname = surname;
        t.GivenNames = given.Length == 0 ? null : given;
        _travellers.Add(t);
        _traveller = t;
    }

    private void TravellerSegment(EdifactSegment segment, string qualifier)
    {
        var t = _traveller;
        if (t is null)
        {
            Warnings.AddRange(segment.Notes);
            Warnings.Add($"{segment.Where}: traveller segment before any traveller (NAD FL/FM/DDT/DDU); ignored");
            return;
        }

        t.Warnings.AddRange(segment.Notes);
        var path = $"{Path}.traveller[{t.Position}].{segment.Tag}";
        switch (segment.Tag)
        {
            case "ATT":
                t.CheckOrder(segment, 1);
                var sex = segment.Value(3).ToUpperInvariant();
                t.Sex = sex switch
                {
                    "M" or "F" or "X" => sex,
                    "U" => "X",
                    _ => null,
                };
                if (t.Sex is null)
                {
                    t.Warnings.Add($"{segment.Where}: sex '{segment.Value(3)}' is not M, F, U or X; left out");
                }

                break;
            case "DTM" when qualifier == "329":
                t.CheckOrder(segment, 2);
                var birth = segment.Value(1, 1);
                t.BirthDate = PaxlstDates.ParseDate(birth, _today, PaxlstDates.Kind.Birth);
                if (t.BirthDate is null)
                {
                    t.Errors.Add(new FieldError(path, $"{segment.Where}: birth date '{birth}' is not a date (YYMMDD or CCYYMMDD)"));
                }

                break;
            case "DTM" when qualifier == "36":
                if (DocumentPart(t, segment) is { } expiring)
                {
                    var expiry = segment.Value(1, 1);
                    expiring.Expiry = PaxlstDates.ParseDate(expiry, _today, PaxlstDates.Kind.Expiry);
                    if (expiring.Expiry is null)
                    {
                        t.Warnings.Add($"{segment.Where}: expiry date '{expiry}' is not a date (YYMMDD or CCYYMMDD); left out");
                    }
                }

                break;
            case "DTM":
                // 182 (issue date) and other dates are not carried by the record.
                t.CheckOrder(segment, qualifier == "182" ? 11 : 2);
                break;
            case "LOC" when qualifier == "91":
                if (DocumentPart(t, segment) is { } issued)
                {
                    issued.IssuingState = NullIfEmpty(segment.Value(2).ToUpperInvariant());
                }

                break;
            case "LOC":
                t.CheckOrder(segment, 6);
                var place = NullIfEmpty(segment.Value(2).ToUpperInvariant());
                switch (qualifier)
                {
                    case "178":
                        t.Embarkation = place;
                        break;
                    case "179":
                        t.Debarkation = place;
                        break;
                    case "22" or "174" or "180":
                        break;
                    default:
                        t.Warnings.Add($"{segment.Where}: place qualifier '{qualifier}' not supported; ignored");
                        break;
                }

                break;
            case "COM":
                t.CheckOrder(segment, 7);
                for (var e = 1; e <= segment.Elements.Count; e++)
                {
                    var number = segment.Value(e, 0);
                    switch (segment.Value(e, 1).ToUpperInvariant())
                    {
                        case "TE":
                            t.Phone = NullIfEmpty(number);
                            break;
                        case "EM":
                            t.Email = NullIfEmpty(number);
                            break;
                        default:
                            break;
                    }
                }

                break;
            case "NAT":
                t.CheckOrder(segment, 9);
                t.Nationality = NullIfEmpty(segment.Value(2).ToUpperInvariant());
                break;
            case "RFF":
                t.CheckOrder(segment, 10);
                var value = NullIfEmpty(segment.Value(1, 1));
                switch (qualifier)
                {
                    case "AVF":
                        t.BookingReference = value;
                        break;
                    case "ABO":
                        t.PassengerReference = value;
                        break;
                    case "SEA" or "CR":
                        // Seat and customer (frequent flyer) numbers: read, not carried by the record.
                        break;
                    default:
                        t.Warnings.Add($"{segment.Where}: reference qualifier '{qualifier}' not supported; ignored");
                        break;
                }

                break;
            case "DOC":
                t.CheckOrder(segment, 11);
                var type = segment.Value(1, 0).ToUpperInvariant();
                t.Documents.Add(new PaxlstTravellerBuilder.DocumentBuilder(segment)
                {
                    Type = type switch
                    {
                        "AC" => "C",
                        { Length: > 2 } => type[..2],
                        _ => type,
                    },
                    Number = segment.Value(2).ToUpperInvariant(),
                });
                if (type.Length == 0)
                {
                    t.Errors.Add(new FieldError(path, $"{segment.Where}: no document type code"));
                }

                break;
            default:
                if (IgnoredTravellerTags.Contains(segment.Tag))
                {
                    t.CheckOrder(segment, segment.Tag switch { "MEA" => 3, "GEI" => 4, "FTX" => 5, "EMP" => 8, _ => 11 });
                }

                break;
        }
    }

    private static PaxlstTravellerBuilder.DocumentBuilder? DocumentPart(PaxlstTravellerBuilder t, EdifactSegment segment)
    {
        if (t.Documents.Count == 0)
        {
            t.Warnings.Add($"{segment.Where}: document detail before any DOC; ignored");
            return null;
        }

        return t.Documents[^1];
    }

    private static string Normalise(string name) =>
        string.Join(' ', name.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed class LegBuilder
    {
        public string Departure { get; set; } = "";
        public string Arrival { get; set; } = "";
        public DateTime? DepartureTime { get; set; }
        public DateTime? ArrivalTime { get; set; }
    }
}
