using BorderScreening.Application.Screening.Bookings;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderScreening.Application.Tests.Screening.Bookings;

public class BookingEnrichmentTests
{
    private static readonly FeedSource Airline = new("kl-feed", null, null);
    private readonly InMemoryBookingStore _store = new();
    private readonly BookingEnrichment _enrichment;

    public BookingEnrichmentTests() => _enrichment = new BookingEnrichment(_store, NullLogger<BookingEnrichment>.Instance);

    private static readonly TravellerRecord Listed = Records.Traveller("1001") with
    {
        MessageReference = "IC1/PAX001",
        FlightNumber = "KL765",
        Booking = null,
    };

    private static readonly TravellerRecord Booked = Records.Traveller("1") with
    {
        MessageReference = "PNR/KL765/20261201/ABC123",
        SourceSystem = "KL-PNR",
        FlightNumber = "KL765",
        Name = new PersonName { Surname = "JANSEN", GivenNames = "MARIA" },
        Booking = new BookingFacts { RecordLocator = "KL:ABC123", FormOfPayment = FormOfPayment.Cash, PaidBy = Payer.OtherPerson, PayerId = "BOER DE HENK" },
    };

    private static ParsedBatch Batch(params TravellerRecord[] records) =>
        new(records.Select((r, i) => ParsedRecord.Valid(i, r)).ToList(), []);

    [Fact]
    public async Task Enrich_PnrBeforeThePassengerList_EnrichesTheListedTravellerBeforeScoring()
    {
        await _enrichment.EnrichAsync(Batch(Booked), Airline, CancellationToken.None);

        var result = await _enrichment.EnrichAsync(Batch(Listed), Airline, CancellationToken.None);

        var enriched = Assert.IsType<TravellerRecord>(result.Batch.Records[0].Record);
        Assert.Equal((Payer.OtherPerson, FormOfPayment.Cash, BookingMatch.Document), (enriched.Booking!.PaidBy!.Value, enriched.Booking.FormOfPayment!.Value, enriched.Booking.Match!.Value));
        Assert.Contains(result.Batch.Records[0].Warnings, w => w == "booking facts added from PNR KL:ABC123 (matched by document number)");
        Assert.Empty(result.Rescreen);
    }

    [Fact]
    public async Task Enrich_PnrAfterThePassengerList_SendsTheListedTravellerBackUnderItsSender()
    {
        await _enrichment.EnrichAsync(Batch(Listed), new FeedSource("paxlst-feed", null, null), CancellationToken.None);

        var result = await _enrichment.EnrichAsync(Batch(Records.Traveller("other") with { MessageReference = "X" }, Booked), Airline, CancellationToken.None);

        var again = Assert.Single(result.Rescreen);
        Assert.Equal(("paxlst-feed", 1), (again.Sender, again.CausedBy));
        var enriched = Assert.IsType<TravellerRecord>(again.Record.Record);
        Assert.Equal(Listed.SourceIdentity(), enriched.SourceIdentity());
        Assert.Equal(Payer.OtherPerson, enriched.Booking!.PaidBy);
    }

    [Fact]
    public async Task Enrich_MatchedInEitherOrder_TheLaterRecordCountsAsTheEarlierOne()
    {
        await _enrichment.EnrichAsync(Batch(Booked), Airline, CancellationToken.None);
        var listedAfter = await _enrichment.EnrichAsync(Batch(Listed), new FeedSource("paxlst-feed", null, null), CancellationToken.None);

        Assert.Equal(AssessmentId.For(Booked, "kl-feed"), listedAfter.CountsAs[0]);

        var store = new InMemoryBookingStore();
        var enrichment = new BookingEnrichment(store, NullLogger<BookingEnrichment>.Instance);
        await enrichment.EnrichAsync(Batch(Listed), new FeedSource("paxlst-feed", null, null), CancellationToken.None);
        var pnrAfter = await enrichment.EnrichAsync(Batch(Booked), Airline, CancellationToken.None);

        Assert.Equal(AssessmentId.For(Listed, "paxlst-feed"), pnrAfter.CountsAs[0]);
    }

    [Fact]
    public async Task Enrich_TravellerWithoutAPnr_IsScoredWithWhatIsKnown()
    {
        var result = await _enrichment.EnrichAsync(Batch(Listed), Airline, CancellationToken.None);

        Assert.Same(Listed, result.Batch.Records[0].Record);
        Assert.Empty(result.Batch.Records[0].Warnings);
        Assert.Empty(result.CountsAs);
    }

    [Fact]
    public async Task Enrich_RecordTheSenderMayNotSend_IsNeitherKeptNorEnriched()
    {
        var bound = new FeedSource("aw-only", new HashSet<Jurisdiction> { Jurisdiction.AW }, null);

        await _enrichment.EnrichAsync(Batch(Booked), bound, CancellationToken.None);

        Assert.Equal(0, _store.Saves);
    }

    [Fact]
    public async Task Enrich_OtherFlightOrDay_DoesNotMatch()
    {
        await _enrichment.EnrichAsync(Batch(Booked with { FlightNumber = "KL766" }), Airline, CancellationToken.None);

        var result = await _enrichment.EnrichAsync(Batch(Listed), Airline, CancellationToken.None);

        Assert.Null(((TravellerRecord)result.Batch.Records[0].Record!).Booking);
    }

    [Fact]
    public void FlightKey_LeadingZerosAndSpaces_AreTheSameFlight()
    {
        Assert.Equal(FlightKey.Of(Listed with { FlightNumber = "KL 0765" }), FlightKey.Of(Listed));
        Assert.Equal("CW|KL765|20261201", FlightKey.Of(Listed)!.ToString());
    }
}
