using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.PartnerOutcomes;

namespace BorderScreening.Application.Tests.PartnerOutcomes;

public class PartnerOutcomeKindsTests
{
    [Theory]
    [InlineData(PartnerOutcomeKind.ConfirmedVictim, 1)]
    [InlineData(PartnerOutcomeKind.ExploitationFound, 1)]
    [InlineData(PartnerOutcomeKind.NoIndication, 0)]
    [InlineData(PartnerOutcomeKind.Unknown, null)]
    public void LabelFor_EachOutcome_GivesItsTrainingLabel(PartnerOutcomeKind kind, int? label) =>
        Assert.Equal(label, PartnerOutcomeKinds.LabelFor(kind));

    [Fact]
    public void LabelFor_OnePartnerFoundAVictimAnotherNothing_IsPositive() =>
        Assert.Equal(1, PartnerOutcomeKinds.LabelFor([PartnerOutcomeKind.NoIndication, PartnerOutcomeKind.ConfirmedVictim]));

    [Fact]
    public void LabelFor_OnlyUnknownAndNoIndication_IsNegative() =>
        Assert.Equal(0, PartnerOutcomeKinds.LabelFor([PartnerOutcomeKind.Unknown, PartnerOutcomeKind.NoIndication]));

    [Fact]
    public void LabelFor_OnlyUnknown_LeavesTheReviewersLabel() =>
        Assert.Null(PartnerOutcomeKinds.LabelFor([PartnerOutcomeKind.Unknown]));

    [Fact]
    public void Json_TheReceipt_WritesWireNames()
    {
        var json = JsonSerializer.Serialize(new OutcomeReceipt("sig-1", PartnerOutcomeKind.ExploitationFound, DateTimeOffset.UnixEpoch, PartnerOutcomeKind.NoIndication), ScreeningJson.Options);

        Assert.Contains("\"outcome\":\"exploitation-found\"", json, StringComparison.Ordinal);
        Assert.Contains("\"replaced\":\"no-indication\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"ConfirmedVictim\"")]
    [InlineData("2")]
    [InlineData("\"victim\"")]
    public void Json_AnythingButAWireName_IsRefusedListingTheNames(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartnerOutcomeKind>(json, ScreeningJson.Options));

        Assert.Contains("confirmed-victim, exploitation-found, no-indication, unknown", error.Message, StringComparison.Ordinal);
    }
}
