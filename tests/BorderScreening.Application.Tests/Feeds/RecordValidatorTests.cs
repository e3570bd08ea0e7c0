using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Records;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Feeds;

public sealed class RecordValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private readonly RecordValidator _validator = new(new FeedLimits());

    private IReadOnlyList<string> Paths(ScreeningRecord record) => [.. _validator.Validate(record, Today).Select(e => e.Path)];

    [Fact]
    public void Validate_ValidRecords_HaveNoErrors()
    {
        Assert.Empty(Paths(TestRecords.Traveller()));
        Assert.Empty(Paths(TestRecords.WorkPermit()));
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    [InlineData(2037, 1, 1)]
    [InlineData(2016, 11, 27)]
    public void Validate_FlightFarFromToday_NamesTheLegsTime(int year, int month, int day)
    {
        var far = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        var traveller = TestRecords.Traveller();
        var record = traveller with { Legs = [traveller.Legs[0] with { ScheduledDeparture = far, ScheduledArrival = far }] };

        var paths = Paths(record);

        Assert.Contains("legs[0].scheduledDeparture", paths);
        Assert.Contains("legs[0].scheduledArrival", paths);
    }

    [Fact]
    public void Validate_BookingAndApplicationCenturiesAgo_NameTheirFields()
    {
        var traveller = TestRecords.Traveller();

        Assert.Contains("booking.bookingDate", Paths(traveller with { Booking = traveller.Booking! with { BookingDate = DateOnly.MinValue } }));
        Assert.Contains("applicationDate", Paths(TestRecords.WorkPermit() with { ApplicationDate = DateOnly.MinValue }));
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    public void Validate_DocumentExpiryOutOfAnyLifetime_NamesIt(int year, int month, int day)
    {
        var traveller = TestRecords.Traveller();

        var paths = Paths(traveller with { Document = traveller.Document! with { Expiry = new DateOnly(year, month, day) } });

        Assert.Equal(["document.expiry"], paths);
    }

    [Fact]
    public void Validate_ImplausibleTripAndJobFacts_NameEachField()
    {
        var traveller = TestRecords.Traveller() with
        {
            Trip = new TripFacts
            {
                ReturnDate = new DateOnly(2026, 11, 20),
                LengthOfStayDays = -3,
                Group = new OrganisedGroup { Kind = GroupKind.School, ResponsibleAdult = new string('x', 200) },
            },
        };
        var permit = TestRecords.WorkPermit() with
        {
            RestDaysPerWeek = 8,
            Employer = new Party { Id = "KVK-9", RegisteredOn = Today.AddDays(30) },
        };

        Assert.Equal(["trip.group.responsibleAdult", "trip.lengthOfStayDays", "trip.returnDate"], Paths(traveller).Order(StringComparer.Ordinal));
        Assert.Equal(["employer.registeredOn", "restDaysPerWeek"], Paths(permit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_OrdinaryTripAndJobFacts_Pass()
    {
        var traveller = TestRecords.Traveller() with
        {
            Trip = new TripFacts { ReturnDate = new DateOnly(2026, 12, 10), GuardianConsent = true, MedicalTravel = false, Group = new OrganisedGroup { Kind = GroupKind.Sports, ResponsibleOrganisation = "SV Victory Boys" } },
        };
        var permit = TestRecords.WorkPermit() with { RestDaysPerWeek = 1, WorkplaceAddress = "Front Street 1", Employer = new Party { Id = "KVK-9", RegisteredOn = new DateOnly(2010, 1, 1) } };

        Assert.Empty(Paths(traveller));
        Assert.Empty(Paths(permit));
    }
}
