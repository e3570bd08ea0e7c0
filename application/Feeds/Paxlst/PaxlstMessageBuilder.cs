using System.Globalization;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Collects the segments of one PAXLST message (UNH to UNT) and turns them into records when the
/// message ends: flight details apply to every traveller, wherever they stood in the message.
/// </summary>
internal sealed class PaxlstMessageBuilder
{
    private readonly EdifactSegment _unh;
    private readonly string _controlRef;
    private readonly PaxlstSectionTracker _sections = new();
    private readonly PaxlstFlightBuilder _flight;
    private readonly PaxlstControlTotals _totals = new();
    private readonly List<PaxlstTravellerBuilder> _travellers = [];
    private readonly FieldError? _fatal;
    private readonly DateOnly _today;
    private PaxlstTravellerBuilder? _traveller;
    private EdifactSegment? _bgm;
    private int _segmentCount = 1;

    public PaxlstMessageBuilder(int number, EdifactSegment unh, string controlRef, DateOnly today)
    {
        _today = today;
        _flight = new PaxlstFlightBuilder(today);
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
                _sections.Traveller(segment, Warnings);
                _traveller = PaxlstTravellerSegments.Start(_travellers.Count + 1, segment, qualifier);
                _travellers.Add(_traveller);
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
            case "RFF" when _traveller is null && _sections.InHeader:
                Header(segment);
                break;
            case "DTM" when qualifier is "189" or "232":
                FlightSegment(segment);
                _flight.Time(segment, qualifier, Warnings);
                break;
            case "DTM" when _traveller is null && _sections.InHeader:
                Header(segment);
                break;
            case "TDT":
                FlightSegment(segment);
                _flight.Transport(segment, Warnings);
                break;
            case "LOC" when qualifier is "125" or "87" or "92":
                FlightSegment(segment);
                _flight.Place(segment, qualifier, Warnings);
                break;
            case "CNT":
                Warnings.AddRange(segment.Notes);
                _sections.Trailer();
                _traveller = null;
                _totals.Read(segment, Warnings);
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
        EdifactBatch.CheckSegmentCount(unt, _segmentCount, Warnings);

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

        _totals.Check(_travellers, _bgm, Warnings);
        var legs = _flight.BuildLegs(Warnings);
        var assembler = new PaxlstRecordAssembler(
            Path,
            _controlRef.Length > 0 ? $"{_controlRef}/{Reference}" : Reference,
            Warnings,
            legs,
            _flight.Identity(),
            validator,
            options);
        var records = new List<ParsedRecord>(_travellers.Count);
        foreach (var t in _travellers)
        {
            records.Add(assembler.Assemble(t, firstIndex + records.Count));
        }

        return (records, []);
    }

    private void Header(EdifactSegment segment)
    {
        Warnings.AddRange(segment.Notes);
        _sections.Header(segment, Warnings);
    }

    private void FlightSegment(EdifactSegment segment)
    {
        Warnings.AddRange(segment.Notes);
        _sections.Flight(segment, Warnings);
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
        PaxlstTravellerSegments.Read(t, segment, qualifier, $"{Path}.traveller[{t.Position}].{segment.Tag}", _today);
    }
}
