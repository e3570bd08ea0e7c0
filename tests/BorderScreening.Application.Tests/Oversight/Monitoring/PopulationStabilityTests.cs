using BorderScreening.Application.Assessments;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Auditing;

namespace BorderScreening.Application.Tests.Oversight.Monitoring;

public class PopulationStabilityTests
{
    [Fact]
    public void Index_SameDistribution_IsZero()
    {
        var values = Enumerable.Range(0, 1_000).Select(i => i / 1000.0).ToList();
        var bins = ReferenceBins.FromValues(values);

        Assert.Equal(10, bins.Shares.Count);
        Assert.Equal(0, PopulationStability.Index(bins, values), 9);
    }

    [Fact]
    public void Index_ShiftedDistribution_IsAboveTheAlertThreshold()
    {
        var values = Enumerable.Range(0, 1_000).Select(i => i / 1000.0).ToList();
        var bins = ReferenceBins.FromValues(values);

        var psi = PopulationStability.Index(bins, values.Select(v => v + 0.3).ToList());

        Assert.True(psi > 0.2, $"PSI {psi}");
    }

    [Fact]
    public void FromValues_BinaryFeature_GivesTwoBins()
    {
        var bins = ReferenceBins.FromValues([.. Enumerable.Repeat(0.0, 900), .. Enumerable.Repeat(1.0, 100)]);

        Assert.Equal([0.0], bins.Edges);
        Assert.Equal(0.9, bins.Shares[0], 9);
        Assert.Equal(0.1, bins.Shares[1], 9);
    }

    [Theory]
    [InlineData("2010-06-01", "0-17")]
    [InlineData("2008-11-27", "18-24")]
    [InlineData("2008-11-28", "0-17")]
    [InlineData("1970-01-01", "50+")]
    public void AgeBandOf_BirthDate_GivesTheBandOnTheDay(string birth, string band) =>
        Assert.Equal(band, AuditGroup.AgeBandOf(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 27)));

    [Fact]
    public void Encode_ThenDecode_GivesTheSameGroupAndFeatures()
    {
        var group = new AuditGroup("Asia", "F", "25-34");
        float[] features = [0.5f, -1f, 12f];

        Assert.Equal(group, AuditGroup.Decode(group.Encode()));
        Assert.Equal(features, MonitoringFacts.DecodeFeatures(MonitoringFacts.EncodeFeatures(features)));
    }
}
