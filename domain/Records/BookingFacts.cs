using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Records;

/// <summary>What is known about how the trip was booked and paid (PNR-like facts, where available).</summary>
public sealed record BookingFacts
{
    /// <summary>Date the ticket was booked.</summary>
    public DateOnly? BookingDate { get; init; }

    /// <summary>One way or return.</summary>
    public TripType? TripType { get; init; }

    /// <summary>Form of payment.</summary>
    public FormOfPayment? FormOfPayment { get; init; }

    /// <summary>Who paid for the ticket.</summary>
    public Payer? PaidBy { get; init; }

    /// <summary>Identifier of the paying party (card holder, company), when not the traveller.</summary>
    public string? PayerId { get; init; }

    /// <summary>Payer travels along (e.g. a household member on the same booking): an exonerating circumstance.</summary>
    public bool? PayerTravelsAlong { get; init; }

    /// <summary>Travel agency or booking agent identifier (IATA number or name).</summary>
    public string? BookingAgent { get; init; }

    /// <summary>Booking or group reference shared by co-travellers.</summary>
    public string? GroupReference { get; init; }

    /// <summary>Number of other travellers on the same booking.</summary>
    public int? CoTravellerCount { get; init; }

    /// <summary>The booking's record locator (PNR RCI), with the carrier or system that holds it ("KL:ABC123").</summary>
    public string? RecordLocator { get; init; }

    /// <summary>Booking office or agent id within the agency (PNR ORG), next to <see cref="BookingAgent"/>.</summary>
    public string? BookingOffice { get; init; }

    /// <summary>Name of the group of a group booking (school trip, team, tour), when the booking is one.</summary>
    public string? GroupName { get; init; }

    /// <summary>The booking was split from another (a split PNR): co-travellers may sit on the other one.</summary>
    public bool? SplitBooking { get; init; }

    /// <summary>
    /// Keyed hash of the payment card number, made with the jurisdiction's pseudonymisation key: links
    /// bookings paid with the same card. The card number itself is never kept.
    /// </summary>
    public string? PaymentCardReference { get; init; }

    /// <summary>Last four digits of the payment card, at most (what a reviewer may see).</summary>
    public string? PaymentCardLastFour { get; init; }

    /// <summary>Date the ticket was issued.</summary>
    public DateOnly? TicketIssueDate { get; init; }

    /// <summary>Total fare paid (PNR MON total), in <see cref="FareCurrency"/>.</summary>
    public decimal? FareAmount { get; init; }

    /// <summary>ISO 4217 currency of <see cref="FareAmount"/>.</summary>
    public string? FareCurrency { get; init; }

    /// <summary>An unaccompanied-minor service was booked (SSR UMNR): the carrier escorts the child.</summary>
    public bool? UnaccompaniedMinorService { get; init; }

    /// <summary>How this traveller was matched to the booking, when the facts came from a PNR matched to a passenger list.</summary>
    public BookingMatch? Match { get; init; }
}

/// <summary>How a passenger list traveller was matched to a PNR passenger of the same flight.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<BookingMatch>))]
public enum BookingMatch
{
    /// <summary>Same document number (and name): the strongest match.</summary>
    Document,
    /// <summary>Same surname, given names and birth date.</summary>
    NameAndBirthDate,
    /// <summary>Same surname and given names only, unique on the flight: the weakest match a reviewer should check.</summary>
    NameOnly,
}

/// <summary>Ticket type.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<TripType>))]
public enum TripType
{
    /// <summary>One-way ticket.</summary>
    OneWay,
    /// <summary>Return ticket.</summary>
    Return,
}

/// <summary>How the ticket was paid.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<FormOfPayment>))]
public enum FormOfPayment
{
    /// <summary>Cash.</summary>
    Cash,
    /// <summary>Credit or debit card.</summary>
    Card,
    /// <summary>Bank transfer.</summary>
    Transfer,
    /// <summary>Voucher or miles.</summary>
    Voucher,
    /// <summary>Other or unknown form.</summary>
    Other,
}

/// <summary>Who paid.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<Payer>))]
public enum Payer
{
    /// <summary>The traveller.</summary>
    Self,
    /// <summary>Another private person.</summary>
    OtherPerson,
    /// <summary>A company or organisation.</summary>
    Company,
}
