using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Tests.Feeds.Paxlst;

public class PaxlstWriterTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly PaxlstWriteOptions WriteOptions = new() { InterchangeReference = "IC42", Prepared = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero) };

    [Fact]
    public void Write_Traveller_ProducesD05bPassengerListThatReadsWithoutWarnings()
    {
        var traveller = TestSupport.Records.Traveller();

        var text = new PaxlstWriter().Write([traveller], WriteOptions);
        var batch = new PaxlstReader().Read(text, new PaxlstReadOptions { SourceSystem = "TEST-API", Today = Today });

        Assert.Contains("UNH+M1+PAXLST:D:05B:UN:IATA'", text, StringComparison.Ordinal);
        Assert.Contains("BGM+745'", text, StringComparison.Ordinal);
        var record = Assert.Single(batch.Records);
        Assert.True(record.IsValid, string.Join("; ", record.Errors));
        Assert.Empty(record.Warnings);
    }

    [Fact]
    public void Write_ThenRead_KeepsEveryFieldTheFormatCarries()
    {
        var traveller = TestSupport.Records.Traveller() with { Name = new PersonName { Surname = "O'NEIL+SON", GivenNames = "ANNA MARIA" } };

        var text = new PaxlstWriter().Write([traveller], WriteOptions);
        var read = Assert.IsType<TravellerRecord>(new PaxlstReader().Read(text, new PaxlstReadOptions { SourceSystem = "TEST-API", Today = Today }).Records[0].Record);

        var expected = traveller with
        {
            MessageReference = "IC42/M1",
            Booking = null,
            AddressAtDestination = null,
            PurposeOfStay = null,
            Legs = read.Legs,
        };
        Assert.Equal(expected, read);
        Assert.Equal(traveller.Legs, read.Legs);
    }

    [Fact]
    public void Write_CrewAndPassengers_GoInSeparateMessages()
    {
        var passenger = TestSupport.Records.Traveller("1");
        var crew = TestSupport.Records.Traveller("2") with { Role = TravellerRole.Crew, PurposeOfStay = PurposeOfStay.Transit };

        var text = new PaxlstWriter().Write([passenger, crew], WriteOptions);

        Assert.Contains("BGM+250'", text, StringComparison.Ordinal);
        Assert.Contains("NAD+DDU+++", text, StringComparison.Ordinal);
        Assert.Contains("UNZ+2+IC42'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrittenFlightAtTheRecordLimit_ReadsAllAndOneMoreIsUnreadable()
    {
        var limits = new FeedLimits();
        var travellers = Enumerable.Range(1, limits.MaxRecordsPerBatch + 1)
            .Select(i => TestSupport.Records.Traveller(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var reader = new PaxlstReader();
        var options = new PaxlstReadOptions { SourceSystem = "TEST-API", Today = Today };

        var atLimit = reader.Read(new PaxlstWriter().Write(travellers[..^1], WriteOptions), options);
        var overLimit = reader.Read(new PaxlstWriter().Write(travellers, WriteOptions), options);

        Assert.Equal(limits.MaxRecordsPerBatch, atLimit.Records.Count(r => r.IsValid));
        Assert.True(overLimit.IsUnreadable);
    }
}
