using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Screening.Bookings;

/// <summary>
/// Adds a PNR passenger's booking facts to a passenger-list traveller: what the traveller's record
/// already says stays; what only the PNR knows is added; the match quality is recorded.
/// </summary>
public static class BookingMerge
{
    /// <summary>The traveller enriched with the PNR passenger's facts.</summary>
    public static TravellerRecord Enrich(TravellerRecord traveller, TravellerRecord pnr, BookingMatch quality)
    {
        ArgumentNullException.ThrowIfNull(traveller);
        ArgumentNullException.ThrowIfNull(pnr);
        var own = traveller.Booking ?? new BookingFacts();
        var from = pnr.Booking ?? new BookingFacts();
        var booking = new BookingFacts
        {
            BookingDate = own.BookingDate ?? from.BookingDate,
            TripType = own.TripType ?? from.TripType,
            FormOfPayment = own.FormOfPayment ?? from.FormOfPayment,
            PaidBy = own.PaidBy ?? from.PaidBy,
            PayerId = own.PayerId ?? from.PayerId,
            PayerTravelsAlong = own.PayerTravelsAlong ?? from.PayerTravelsAlong,
            BookingAgent = own.BookingAgent ?? from.BookingAgent,
            GroupReference = own.GroupReference ?? from.GroupReference,
            CoTravellerCount = own.CoTravellerCount ?? from.CoTravellerCount,
            RecordLocator = own.RecordLocator ?? from.RecordLocator,
            BookingOffice = own.BookingOffice ?? from.BookingOffice,
            GroupName = own.GroupName ?? from.GroupName,
            SplitBooking = own.SplitBooking ?? from.SplitBooking,
            PaymentCardReference = own.PaymentCardReference ?? from.PaymentCardReference,
            PaymentCardLastFour = own.PaymentCardLastFour ?? from.PaymentCardLastFour,
            TicketIssueDate = own.TicketIssueDate ?? from.TicketIssueDate,
            FareAmount = own.FareAmount ?? from.FareAmount,
            FareCurrency = own.FareCurrency ?? from.FareCurrency,
            UnaccompaniedMinorService = own.UnaccompaniedMinorService ?? from.UnaccompaniedMinorService,
            Match = quality,
        };
        return traveller with
        {
            Booking = booking,
            Contact = traveller.Contact ?? pnr.Contact,
            AddressAtDestination = traveller.AddressAtDestination ?? pnr.AddressAtDestination,
            TravellingWithGuardian = traveller.TravellingWithGuardian ?? pnr.TravellingWithGuardian,
            Trip = MergeTrip(traveller.Trip, pnr.Trip),
        };
    }

    // The sender's own trip facts win; the booking fills what they leave open (the return date).
    private static TripFacts? MergeTrip(TripFacts? own, TripFacts? booked) => (own, booked) switch
    {
        (null, _) => booked,
        (_, null) => own,
        _ => own with { ReturnDate = own.ReturnDate ?? booked.ReturnDate },
    };
}
