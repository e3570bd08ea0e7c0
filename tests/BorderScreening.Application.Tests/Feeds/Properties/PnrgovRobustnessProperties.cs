using System.Text;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Pnrgov;
using BorderScreening.Application.Tests.Feeds.Fixtures;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BorderScreening.Application.Tests.Feeds.Properties;

/// <summary>
/// Hostile PNRGOV input never makes the reader throw (its last-resort catch firing fails these too),
/// and no card number ever survives into a record, whatever the mutation did to the FOP.
/// </summary>
public class PnrgovRobustnessProperties
{
    private static readonly PnrgovReadOptions Options = new()
    {
        SourceSystem = "FUZZ", Today = FeedGenerators.Today, Jurisdiction = Jurisdiction.CW, Cards = new Pseudonymiser(TestKeys.Ring()),
    };

    private static readonly string[] Fixtures = ["pnrgov-13-1-push.edi", "pnrgov-11-1-group-split.edi"];

    private static Gen<string> Fixture => Gen.Elements(Fixtures).Select(FixtureFile.Read);

    private static void AssertWellFormed(ParsedBatch batch)
    {
        Assert.DoesNotContain(batch.Errors, e => e.Message.Contains("could not be read (", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, batch.Records.Count), batch.Records.Select(r => r.Index));
        Assert.All(batch.Records, r => Assert.True(r.Record is not null || r.Errors.Count > 0));
        Assert.All(batch.Records.SelectMany(r => r.Errors).Concat(batch.Errors), e => Assert.False(string.IsNullOrEmpty(e.Path)));
        var json = System.Text.Json.JsonSerializer.Serialize(batch.Records.Select(r => r.Record), BorderScreening.Application.Feeds.Json.ScreeningJson.Options);
        Assert.DoesNotContain("4111111111111111", json, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500)]
    public Property PnrgovRead_RandomText_NeverThrows() =>
        Prop.ForAll(Arb.From(FeedGenerators.NastyText), text => AssertWellFormed(new PnrgovReader().Read(text, Options)));

    [Property(MaxTest = 300)]
    public Property PnrgovRead_RandomBytesAsText_NeverThrows() =>
        Prop.ForAll(Arb.From(FeedGenerators.Bytes), bytes => AssertWellFormed(new PnrgovReader().Read(Encoding.UTF8.GetString(bytes), Options)));

    [Property(MaxTest = 500)]
    public Property PnrgovRead_MutatedFixtures_NeverThrow() =>
        Prop.ForAll(Arb.From(RobustnessProperties.Mutated(Fixture)), text => AssertWellFormed(new PnrgovReader().Read(text, Options)));

    [Property(MaxTest = 300)]
    public Property PnrgovRead_TinyLimits_NeverThrow() =>
        Prop.ForAll(Arb.From(Gen.Zip(RobustnessProperties.Mutated(Fixture), Gen.Choose(0, 30))), input =>
        {
            var options = Options with { Limits = new FeedLimits { MaxSegments = input.Item2, MaxRecordsPerBatch = input.Item2 % 4, MaxFieldLength = 3 } };
            var batch = new PnrgovReader().Read(input.Item1, options);

            AssertWellFormed(batch);
            Assert.True(batch.Records.Count <= options.Limits.MaxRecordsPerBatch);
        });

    [Property(MaxTest = 200)]
    public Property PnrgovRead_WrittenFlights_ReadBackNamesBirthDatesAndDocuments() =>
        Prop.ForAll(Arb.From(FeedGenerators.Flight), travellers =>
        {
            var passengers = travellers.Where(t => t.Role == TravellerRole.Passenger).ToList();
            var batch = new PnrgovReader().Read(new PnrgovWriter().Write(passengers), Options);

            AssertWellFormed(batch);
            Assert.Equal(passengers.Count, batch.Records.Count);
            foreach (var (written, read) in passengers.Zip(batch.Records.Select(r => (TravellerRecord)r.Record!)))
            {
                Assert.Equal(written.Name.Surname, read.Name.Surname);
                if (!(written.Name.GivenNames ?? "").Split(' ').Any(w => w is "MR" or "MRS" or "MS" or "MISS" or "MSTR" or "MSTER" or "DR" or "PROF" or "REV" or "SIR" or "CHD" or "INF"))
                {
                    // Titles after given names are dropped, as carriers append them ("MARIA MRS").
                    Assert.Equal(written.Name.GivenNames, read.Name.GivenNames);
                }

                Assert.Equal(written.BirthDate, read.BirthDate);
                Assert.Equal(written.Document?.Number, read.Document?.Number);
            }
        });
}
