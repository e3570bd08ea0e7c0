using BorderScreening.Application.CheckPlanning;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Tests.CheckPlanning;

public sealed class CheckPlanCsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("Casa Bonita", "Casa Bonita")]
    [InlineData("Kaya 1, Willemstad", "\"Kaya 1, Willemstad\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void Cell_FormulaOrSeparator_IsNeutralisedAndQuoted(string value, string expected) =>
        Assert.Equal(expected, CheckPlanCsv.Cell(value));

    [Fact]
    public void Write_OneEntity_HeaderThenOneLinePerEntity()
    {
        var plan = new CheckPlan(Jurisdiction.CW, 30, DateTimeOffset.UnixEpoch, true,
        [
            new PlannedEntity { Rank = 1, EntityType = NetworkEntityType.Employer, EntityKey = "k1:ABC", ClearValue = "=cmd|' /C calc'!A0", Hits = 2, Score = 20, Why = "2 hit(s)", Indicators = [new IndicatorTally("WP-1", 2)] },
        ]);

        var lines = CheckPlanCsv.Write(plan).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.Equal(string.Join(',', CheckPlanCsv.Columns), lines[0]);
        Assert.StartsWith("1,Employer,k1:ABC,'=cmd|' /C calc'!A0,2,", lines[1], StringComparison.Ordinal);
        Assert.Contains("WP-1×2", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ReferralsWeighMoreThanHits_AndWhySpellsTheSumOut()
    {
        var (withReferral, why) = CheckPlanScore.Of(hits: 1, referrals: 1, recordsIn30Days: 3, indicators: 2);
        var (twoHits, _) = CheckPlanScore.Of(hits: 2, referrals: 0, recordsIn30Days: 3, indicators: 2);

        Assert.Equal(10 + 20 + 3 + 4, withReferral);
        Assert.True(withReferral > twoHits);
        Assert.EndsWith("= 37", why, StringComparison.Ordinal);
    }
}
