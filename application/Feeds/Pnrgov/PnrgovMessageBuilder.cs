using System.Globalization;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Collects one PNRGOV message (UNH to UNT): the header (MSG, ORG, the reported flight's TVL, EQN)
/// and its PNRs, one per SRC. Versions 11.1 to 15.1 are read alike; others are read so with a
/// warning. Records are made when the message ends.
/// </summary>
internal sealed class PnrgovMessageBuilder
{
    private readonly EdifactSegment _unh;
    private readonly PnrgovReadOptions _options;
    private readonly List<PnrBuilder> _pnrs = [];
    private readonly FieldError? _fatal;
    private PnrItinerarySegment? _flight;
    private (Jurisdiction? Jurisdiction, Direction Direction, FieldError? Error)? _place;
    private int? _declaredPnrs;
    private EdifactSegment? _eqn;
    private int _segmentCount = 1;

    public PnrgovMessageBuilder(int number, EdifactSegment unh, PnrgovReadOptions options)
    {
        _unh = unh;
        _options = options;
        Number = number;
        Warnings.AddRange(unh.Notes);
        Reference = unh.Value(1);
        var type = unh.Value(2, 0).ToUpperInvariant();
        var version = $"{unh.Value(2, 1)}.{unh.Value(2, 2)}";
        if (type != "PNRGOV")
        {
            _fatal = new FieldError(Path, $"{unh.Where}: message type '{type}' is not PNRGOV; message skipped");
        }
        else if (!int.TryParse(unh.Value(2, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var major) || major is < 11 or > 15)
        {
            Warnings.Add($"{unh.Where}: PNRGOV version '{version}' read as 15.1");
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

        if (segment.Tag == "SRC")
        {
            Warnings.AddRange(segment.Notes);
            _place ??= Place();
            _pnrs.Add(new PnrBuilder(_pnrs.Count + 1, segment, _options.Today));
            return;
        }

        if (_pnrs.Count > 0)
        {
            _pnrs[^1].Add(segment, Payment);
            return;
        }

        Warnings.AddRange(segment.Notes);
        switch (segment.Tag)
        {
            case "TVL" when _flight is null:
                _flight = PnrgovTravel.Read(segment, _options.Today, Warnings);
                break;
            case "TVL":
                Warnings.Add($"{segment.Where}: a second flight in the message header ignored; the first is the reported flight");
                break;
            case "EQN":
                _eqn = segment;
                _declaredPnrs = int.TryParse(segment.Value(1, 0), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
                break;
            case "MSG" or "ORG" or "DAT" or "BGM" or "RFF":
                break;
            default:
                Warnings.Add($"{segment.Where}: not a PNRGOV header segment; ignored");
                break;
        }
    }

    public void End(EdifactSegment unt)
    {
        _segmentCount++;
        Warnings.AddRange(unt.Notes);
        EdifactBatch.CheckSegmentCount(unt, _segmentCount, Warnings);
    }

    public (IReadOnlyList<ParsedRecord> Records, IReadOnlyList<FieldError> Errors) Build(int firstIndex, RecordValidator validator)
    {
        if (_fatal is not null)
        {
            return ([], [_fatal]);
        }

        if (_pnrs.Count == 0)
        {
            return ([], [new FieldError(Path, $"{_unh.Where}: message '{Reference}' holds no PNR (SRC)")]);
        }

        if (_declaredPnrs is { } declared && declared != _pnrs.Count)
        {
            Warnings.Add($"{_eqn!.Where}: declares {declared} PNRs, the message holds {_pnrs.Count}");
        }

        if (_flight is null)
        {
            Warnings.Add($"{_unh.Where}: no TVL for the reported flight in the message header; each PNR's itinerary is used");
        }

        var assembler = new PnrgovRecordAssembler(Path, Warnings, _flight, _place ?? Place(), validator, _options);
        var records = new List<ParsedRecord>();
        var errors = new List<FieldError>();
        foreach (var pnr in _pnrs)
        {
            if (pnr.Passengers.Count == 0)
            {
                // What cannot be read is reported per PNR, with where it starts.
                errors.Add(new FieldError($"{Path}.pnr[{pnr.Position}]", $"{pnr.Src.Where}: PNR '{pnr.Locator ?? "?"}' holds no passengers (TIF)"));
                continue;
            }

            records.AddRange(assembler.Assemble(pnr, firstIndex + records.Count));
        }

        return (records, errors);
    }

    /// <summary>An arrival in the jurisdiction of the reported flight's arrival airport, else a departure, else the feed's.</summary>
    private (Jurisdiction?, Direction, FieldError?) Place()
    {
        if (Airports.JurisdictionOf(_flight?.Arrival) is { } arrival)
        {
            return (arrival, Direction.Arrival, null);
        }

        if (Airports.JurisdictionOf(_flight?.Departure) is { } departure)
        {
            return (departure, Direction.Departure, null);
        }

        if (_options.Jurisdiction is { } fallback)
        {
            return (fallback, Direction.Arrival, null);
        }

        return (null, Direction.Arrival, new FieldError("jurisdiction", _flight is null
            ? "the message names no reported flight (TVL) and the feed gave no jurisdiction"
            : $"neither {_flight.Departure} nor {_flight.Arrival} lies in AW, CW, SX or BQ, and the feed gave no jurisdiction"));
    }

    /// <summary>FOP: the payment, its card number turned into a keyed reference and the last four digits.</summary>
    private PnrPayment? Payment(EdifactSegment fop)
    {
        var code = fop.Value(1, 0).ToUpperInvariant();
        if (code.Length == 0)
        {
            return null;
        }

        var digits = new string(fop.Value(1, 4).Where(char.IsAsciiDigit).ToArray());
        var jurisdiction = (_place ?? Place()).Item1;
        // Only a full number makes a reference worth linking; a masked one (XXXXXXXXXXXX1111) gives the last four.
        var reference = digits.Length >= 12 && jurisdiction is { } j ? _options.Cards?.PaymentCardReference(j, digits) : null;
        return new PnrPayment(PnrPayment.FormOf(code), code)
        {
            CardReference = reference,
            LastFour = digits.Length >= 4 ? digits[^4..] : null,
        };
    }
}
