using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Domain.Tests.Assessments;

public class AssessmentIdTests
{
    [Theory]
    [InlineData(Jurisdiction.AW)]
    [InlineData(Jurisdiction.BQ_BO)]
    [InlineData(Jurisdiction.BQ_SA)]
    public void For_Record_ParsesBackToItsJurisdiction(Jurisdiction jurisdiction)
    {
        var id = AssessmentId.For(TestRecords.Traveller(jurisdiction: jurisdiction));

        Assert.True(AssessmentId.TryParse(id, out var parsed, out var shard));
        Assert.Equal(jurisdiction, parsed);
        Assert.InRange(shard, 0, AssessmentId.Shards - 1);
    }

    [Fact]
    public void For_SameSourceIdentity_GivesSameId()
    {
        Assert.Equal(AssessmentId.For(TestRecords.Traveller("7")), AssessmentId.For(TestRecords.Traveller("7") with { Name = new PersonName { Surname = "OTHER" } }));
        Assert.NotEqual(AssessmentId.For(TestRecords.Traveller("7")), AssessmentId.For(TestRecords.Traveller("8")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("cw")]
    [InlineData("nl-aaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("cw-AAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("cw-aaaa")]
    [InlineData("cw-aaaaaaaaaaaaaaaaaaaaaaa1")]
    public void TryParse_Malformed_ReturnsFalse(string id)
    {
        Assert.False(AssessmentId.TryParse(id, out _, out _));
    }

    [Fact]
    public void For_OtherSender_GivesAnotherId_SoNoSenderCanTakeAnothersIdentity()
    {
        var record = TestRecords.Traveller("9");

        Assert.NotEqual(AssessmentId.For(record, "feed-a"), AssessmentId.For(record, "feed-b"));
        Assert.Equal(AssessmentId.For(record, "feed-a"), AssessmentId.For(record, "feed-a"));
        Assert.NotEqual(AssessmentId.For(record), AssessmentId.For(record, "feed-a"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    public void ForVersion_KeepsJurisdictionAndShard_AndDependsOnTheContent(string reference)
    {
        var first = AssessmentId.For(TestRecords.Traveller(reference, Jurisdiction.SX), "feed-a");

        var version = AssessmentId.ForVersion(first, "hash-1");

        Assert.True(AssessmentId.TryParse(first, out var jurisdiction, out var shard));
        Assert.True(AssessmentId.TryParse(version, out var versionJurisdiction, out var versionShard));
        Assert.Equal((jurisdiction, shard), (versionJurisdiction, versionShard));
        Assert.NotEqual(first, version);
        Assert.Equal(version, AssessmentId.ForVersion(first, "hash-1"));
        Assert.NotEqual(version, AssessmentId.ForVersion(first, "hash-2"));
    }

    [Fact]
    public void ForVersion_OfAMalformedId_Throws() =>
        Assert.Throws<ArgumentException>(() => AssessmentId.ForVersion("not-an-id", "hash"));
}
