using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>One passenger of a PNR (a TIF with what follows it), as read.</summary>
internal sealed class PnrPassengerBuilder(int position, EdifactSegment tif)
{
    public int Position { get; } = position;
    public EdifactSegment Tif { get; } = tif;
    public string Surname { get; set; } = "";
    public string? GivenNames { get; set; }
    public string? Reference { get; set; }
    public bool Infant { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Sex { get; set; }
    public string? Nationality { get; set; }
    public TravelDocument? Document { get; set; }
    public string? AddressAtDestination { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public bool UnaccompaniedMinor { get; set; }
    public string? TicketNumber { get; set; }
    public DateOnly? TicketIssueDate { get; set; }
    public decimal? FareAmount { get; set; }
    public string? FareCurrency { get; set; }
    public List<PnrPayment> Payments { get; } = [];
    public List<string> Warnings { get; } = [];
    public List<FieldError> Errors { get; } = [];
}
