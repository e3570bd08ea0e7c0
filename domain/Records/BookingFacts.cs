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
