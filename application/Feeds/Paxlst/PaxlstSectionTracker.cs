namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Follows which section of the PAXLST segment table a message has reached (header, flight,
/// travellers, trailer) and warns when a segment belongs to a section the message has already left.
/// Out-of-order segments are still read: the warning is all that changes.
/// </summary>
internal sealed class PaxlstSectionTracker
{
    private const int HeaderSection = 0;
    private const int FlightSection = 1;
    private const int TravellerSection = 2;
    private const int TrailerSection = 3;

    private int _section;

    /// <summary>True until the first flight, traveller or trailer segment.</summary>
    public bool InHeader => _section <= HeaderSection;

    /// <summary>A message header segment (BGM, NAD MS, RFF, DTM, COM before any traveller).</summary>
    public void Header(EdifactSegment segment, List<string> warnings)
    {
        if (_section > HeaderSection)
        {
            warnings.Add($"{segment.Where}: message header segment after flight or traveller data; read anyway");
        }
    }

    /// <summary>A flight segment (TDT, LOC 125/87/92, DTM 189/232).</summary>
    public void Flight(EdifactSegment segment, List<string> warnings)
    {
        if (_section > FlightSection)
        {
            warnings.Add($"{segment.Where}: flight segment after {(_section == TravellerSection ? "traveller data" : "CNT")}; applied to the whole flight");
        }
        else
        {
            _section = FlightSection;
        }
    }

    /// <summary>The NAD that starts a traveller.</summary>
    public void Traveller(EdifactSegment segment, List<string> warnings)
    {
        if (_section == TrailerSection)
        {
            warnings.Add($"{segment.Where}: traveller after CNT; read anyway");
        }

        _section = TravellerSection;
    }

    /// <summary>A CNT.</summary>
    public void Trailer() => _section = TrailerSection;
}
