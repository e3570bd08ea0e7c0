using BorderScreening.Domain.Indicators.Conditions;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Tests.Indicators;

public class ProtectedFieldNamesTests
{
    [Theory]
    [InlineData(RecordKind.Traveller)]
    [InlineData(RecordKind.WorkPermit)]
    public void Registry_EveryField_IsNotProtected(RecordKind kind)
    {
        Assert.All(IndicatorFieldRegistry.For(kind).Keys, name => Assert.Null(ProtectedFieldNames.Reason(name)));
    }

    [Theory]
    [InlineData(RecordKind.Traveller)]
    [InlineData(RecordKind.WorkPermit)]
    public void Registry_NoAccessorReadsAuditAttributes(RecordKind kind)
    {
        var fields = IndicatorFieldRegistry.For(kind).Keys;

        Assert.DoesNotContain(fields, f => f.StartsWith("audit", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(fields, f => f.StartsWith("document.", StringComparison.Ordinal) && f != "document.expiry");
    }

    [Theory]
    [InlineData("booking.paidBy")]
    [InlineData("sector")]
    [InlineData("applicationDate")]
    [InlineData("sponsor.kind")]
    public void Reason_CircumstanceField_IsNull(string field) => Assert.Null(ProtectedFieldNames.Reason(field));

    [Theory]
    [InlineData("Audit.Nationality")]
    [InlineData("auditAttributes.sex")]
    [InlineData("document.issuingStateRegion")]
    [InlineData("sexCode")]
    [InlineData("raceGroup")]
    [InlineData("religiousAffiliation")]
    [InlineData("applicant.givenNames")]
    public void Reason_ProtectedOrDerivedName_IsGiven(string field) => Assert.NotNull(ProtectedFieldNames.Reason(field));
}
