using System.Text;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Tests.Feeds.Json;

public class JsonRecordReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private readonly JsonRecordReader _reader = new(new FeedLimits(), new RecordValidator(new FeedLimits()));

    private ParsedBatch Read(string json) => _reader.Read(Encoding.UTF8.GetBytes(json), Today);

    [Fact]
    public void Read_ValidTraveller_ReturnsRecord()
    {
        var batch = Read("""
            {"records":[{"kind":"traveller","jurisdiction":"BQ-BO","sourceSystem":"X","messageReference":"M1","travellerReference":"1",
              "name":{"surname":"DOE"},"birthDate":"1980-01-02","legs":[{"departureAirport":"AMS","arrivalAirport":"BON"}]}]}
            """);

        var record = Assert.IsType<TravellerRecord>(Assert.Single(batch.Records).Record);
        Assert.Equal(Jurisdiction.BQ_BO, record.Jurisdiction);
        Assert.Equal(new DateOnly(1980, 1, 2), record.BirthDate);
    }

    [Fact]
    public void Read_MissingFields_NamesEachFieldAndKeepsValidNeighbour()
    {
        var batch = Read("""
            [{"kind":"traveller","jurisdiction":"AW","sourceSystem":"X","messageReference":"M1","travellerReference":"1","name":{"surname":"DOE"},"birthDate":"1980-01-02"},
             {"kind":"traveller","jurisdiction":"AW","sourceSystem":"X","messageReference":"M1","name":{}}]
            """);

        Assert.True(batch.Records[0].IsValid);
        var paths = batch.Records[1].Errors.Select(e => e.Path).ToList();
        Assert.Contains("records[1].travellerReference", paths);
        Assert.Contains("records[1].name.surname", paths);
        Assert.Contains("records[1].birthDate", paths);
    }

    [Fact]
    public void Read_WrongType_ReportsJsonPath()
    {
        var batch = Read("""[{"kind":"traveller","jurisdiction":"AW","birthDate":"yesterday"}]""");

        Assert.Equal("records[0].birthDate", Assert.Single(batch.Records[0].Errors).Path);
    }

    [Fact]
    public void Read_UnknownJurisdiction_NamesField()
    {
        var batch = Read("""[{"kind":"workPermit","jurisdiction":"NL"}]""");

        Assert.Equal("records[0].jurisdiction", Assert.Single(batch.Records[0].Errors).Path);
    }

    [Fact]
    public void Read_NotJson_IsUnreadable()
    {
        var batch = Read("{not json");

        Assert.True(batch.IsUnreadable);
    }
}
