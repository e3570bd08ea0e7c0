using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;
using BorderScreening.Model.Serving.Features;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.ML;

namespace BorderScreening.Model.Serving.Tests.Features;

public sealed class FeatureExtractorTests
{
    private static readonly DateTimeOffset ScreenedAt = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static ScreeningContext Context(ScreeningRecord record, NetworkCounts? counts = null) =>
        new(record, new Pseudonyms(), counts ?? NetworkCounts.Empty, ScreenedAt);

    [Fact]
    public void Names_NoProtectedAttributeOrProxy_AppearsInTheSchema()
    {
        string[] banned = ["nationality", "sex", "gender", "ethnic", "religion", "race", "issuingstate", "issuing_state", "country", "citizen", "audit"];

        var offending = FeatureSchema.Names.Where(n => banned.Any(b => n.Replace("_", "", StringComparison.Ordinal).Contains(b.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Names_CountAndUniqueness_MatchTheVectorSize()
    {
        Assert.Equal(FeatureSchema.Count, FeatureSchema.Names.Count);
        Assert.Equal(FeatureSchema.Names.Count, FeatureSchema.Names.Distinct().Count());
        Assert.InRange(FeatureSchema.Count, 25, 40);
    }

    [Fact]
    public void Hash_IsSha256OfTheOrderedNames()
    {
        Assert.Matches("^[0-9a-f]{64}$", FeatureSchema.Hash);
        Assert.NotEqual(FeatureSchema.Hash, FeatureSchema.ComputeHash(FeatureSchema.Names.Reverse().ToList()));
    }

    [Fact]
    public void Extract_MinorWithoutGuardian_SetsMinorFlags()
    {
        var record = Records.Traveller() with { BirthDate = new DateOnly(2014, 5, 1), TravellingWithGuardian = false };

        var features = FeatureExtractor.Extract(Context(record));

        Assert.Equal(12f, features[FeatureSchema.IndexOf("age_years")]);
        Assert.Equal(1f, features[FeatureSchema.IndexOf("is_minor")]);
        Assert.Equal(1f, features[FeatureSchema.IndexOf("minor_without_guardian")]);
    }

    [Fact]
    public void Extract_PermitBelowMinimumWage_GivesWageRatioBelowOne()
    {
        var record = Records.WorkPermit() with { OfferedHourlyWage = 5.015m, Jurisdiction = Jurisdiction.SX };

        var features = FeatureExtractor.Extract(Context(record));

        Assert.Equal(0.5f, features[FeatureSchema.IndexOf("wage_to_minimum_ratio")], 3);
        Assert.Equal(1f, features[FeatureSchema.IndexOf("is_work_permit")]);
    }

    [Fact]
    public void Extract_NetworkCounts_AreLog1p()
    {
        var counts = new NetworkCounts();
        counts.Set(NetworkEntityType.Sponsor, 30, 7);

        var features = FeatureExtractor.Extract(Context(Records.Traveller(), counts));

        Assert.Equal(MathF.Log(8f), features[FeatureSchema.IndexOf("net_sponsor_30d")], 5);
        Assert.Equal(0f, features[FeatureSchema.IndexOf("net_payer_30d")]);
    }

    [Fact]
    public void Extract_GeneratedRecords_AllFinite()
    {
        foreach (var example in ModelTestData.Examples.Take(2_000))
        {
            Assert.All(FeatureExtractor.Extract(example.ToContext()), v => Assert.True(float.IsFinite(v)));
        }
    }

    [Fact]
    public void Extract_TrainingPathAndServingPath_GiveIdenticalFeatures()
    {
        var ml = new MLContext(seed: 1);
        var examples = ModelTestData.Examples.Take(500).ToList();
        var view = ModelInput.ToDataView(ml, examples.Select(e => ModelInput.From(e.ToLabelled().ToContext(), e.TrainingLabel)));

        var trainingRows = ml.Data.CreateEnumerable<ModelInput>(view, reuseRowObject: false).ToList();

        for (var i = 0; i < examples.Count; i++)
        {
            Assert.Equal(FeatureExtractor.Extract(examples[i].ToContext()), trainingRows[i].Features);
        }
    }

    [Property(MaxTest = 200)]
    public Property Extract_AnyAuditOrIssuingState_FeaturesUnchanged(NonNull<string> sex, NonNull<string> nationality, bool permit, PositiveInt index)
    {
        var example = ModelTestData.Examples[index.Get % ModelTestData.Examples.Count];
        var audit = new ProtectedAttributes { Sex = sex.Get, Nationality = nationality.Get };
        var record = permit
            ? (ScreeningRecord)(Records.WorkPermit() with { Audit = audit, Document = new TravelDocument { Number = "X1", IssuingState = nationality.Get } })
            : example.Record switch
            {
                TravellerRecord t => t with { Audit = audit, Document = (t.Document ?? new TravelDocument()) with { IssuingState = nationality.Get } },
                WorkPermitRecord p => p with { Audit = audit, Document = (p.Document ?? new TravelDocument()) with { IssuingState = nationality.Get } },
                _ => example.Record,
            };
        var original = permit ? Records.WorkPermit() : example.Record;

        var before = FeatureExtractor.Extract(new ScreeningContext(original, new Pseudonyms(), example.Counts, example.ScreenedAt));
        var after = FeatureExtractor.Extract(new ScreeningContext(record, new Pseudonyms(), example.Counts, example.ScreenedAt));

        return before.SequenceEqual(after).Label("features changed with audit attributes");
    }
}
