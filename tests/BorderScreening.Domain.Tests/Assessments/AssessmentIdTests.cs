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
}
