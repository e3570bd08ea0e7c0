using BorderScreening.Application.Screening.Bookings;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Application.Tests.Screening.Bookings;

public class BookingMatcherTests
{
    private static readonly TravellerRecord Listed = Records.Traveller("1") with
    {
        Name = new PersonName { Surname = "JANSEN", GivenNames = "MARIA ELISABETH" },
        Booking = null,
    };

    private static TravellerRecord Pnr(string surname, string? given, DateOnly? born, string? document) => Records.Traveller("P1") with
    {
        Name = new PersonName { Surname = surname, GivenNames = given },
        BirthDate = born,
        Document = document is null ? null : new TravelDocument { Type = "P", Number = document },
    };

    [Fact]
    public void Match_SameDocumentAndSurname_IsADocumentMatch()
    {
        var pnr = Pnr("JANSEN", null, null, "NX1234567");

        Assert.Equal(BookingMatch.Document, BookingMatcher.Match(Listed, [pnr])?.Quality);
    }

    [Fact]
    public void Match_FirstGivenNameAndBirthDate_IsANameAndBirthDateMatch()
    {
        var pnr = Pnr("JANSEN", "MARIA", new DateOnly(1990, 4, 12), "OTHER1");

        Assert.Equal(BookingMatch.NameAndBirthDate, BookingMatcher.Match(Listed, [pnr])?.Quality);
    }

    [Fact]
    public void Match_NameOnlyWithoutBirthDate_IsTheWeakestMatchWhenUnique()
    {
        var pnr = Pnr("JANSEN", "MARIA", null, null);

        Assert.Equal(BookingMatch.NameOnly, BookingMatcher.Match(Listed, [pnr])?.Quality);
        Assert.Null(BookingMatcher.Match(Listed, [pnr, pnr with { TravellerReference = "P2" }]));
    }

    [Fact]
    public void Match_OtherBirthDateOrOtherPerson_IsNoMatch()
    {
        Assert.Null(BookingMatcher.Match(Listed, [Pnr("JANSEN", "MARIA", new DateOnly(1991, 4, 12), null)]));
        Assert.Null(BookingMatcher.Match(Listed, [Pnr("JANSEN", "PIETER", null, null)]));
        Assert.Null(BookingMatcher.Match(Listed, [Pnr("DE VRIES", null, null, "NX1234567")]));
    }

    [Fact]
    public void Enrich_KeepsWhatTheListSaysAndAddsWhatOnlyThePnrKnows()
    {
        var traveller = Listed with { Booking = new BookingFacts { GroupReference = "ABC123" }, Contact = new Contact { Phone = "+1" }, AddressAtDestination = null };
        var pnr = Pnr("JANSEN", "MARIA", null, "NX1234567") with
        {
            Booking = new BookingFacts { GroupReference = "ZZZ", PaidBy = Payer.OtherPerson, FormOfPayment = FormOfPayment.Cash, RecordLocator = "KL:ZZZ" },
            Contact = new Contact { Email = "x@example.org" },
            AddressAtDestination = "KAYA 1",
        };

        var enriched = BookingMerge.Enrich(traveller, pnr, BookingMatch.Document);

        Assert.Equal(("ABC123", Payer.OtherPerson, FormOfPayment.Cash, BookingMatch.Document), (enriched.Booking!.GroupReference, enriched.Booking.PaidBy!.Value, enriched.Booking.FormOfPayment!.Value, enriched.Booking.Match!.Value));
        Assert.Equal("+1", enriched.Contact?.Phone);
        Assert.Equal("KAYA 1", enriched.AddressAtDestination);
    }
}
