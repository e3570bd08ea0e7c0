using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>Collects the segments of one traveller (segment group 4 with its documents, group 5).</summary>
internal sealed class PaxlstTravellerBuilder(int position, EdifactSegment nad, TravellerRole role, bool inTransit)
{
    private int _lastRank;

    public int Position { get; } = position;
    public EdifactSegment Nad { get; } = nad;
    public TravellerRole Role { get; } = role;
    public bool InTransit { get; } = inTransit;
    public string Surname { get; set; } = "";
    public string? GivenNames { get; set; }
    public string? Sex { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Nationality { get; set; }
    public string? Embarkation { get; set; }
    public string? Debarkation { get; set; }
    public string? BookingReference { get; set; }
    public string? PassengerReference { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public List<DocumentBuilder> Documents { get; } = [];
    public List<string> Warnings { get; } = [];
    public List<FieldError> Errors { get; } = [];

    /// <summary>Warns when a segment comes before one the UN segment table puts ahead of it.</summary>
    public void CheckOrder(EdifactSegment segment, int rank)
    {
        if (rank < _lastRank)
        {
            Warnings.Add($"{segment.Where}: out of the order of the PAXLST segment table; read anyway");
        }
        else
        {
            _lastRank = rank;
        }
    }

    internal sealed class DocumentBuilder(EdifactSegment segment)
    {
        public EdifactSegment Segment { get; } = segment;
        public string Type { get; set; } = "";
        public string Number { get; set; } = "";
        public DateOnly? Expiry { get; set; }
        public string? IssuingState { get; set; }
    }
}
