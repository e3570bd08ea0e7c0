using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Feeds.Properties;

/// <summary>
/// Fuzzing of the two JSON readers the robustness properties did not reach: the record batch reader
/// and the indicator catalogue loader. Neither may throw on any input; each answers with errors
/// that name a path. Counts per run are recorded in docs/benchmarks.md (Fuzzing).
/// </summary>
public class JsonAndCatalogueRobustnessProperties
{
    private static readonly FeedLimits Limits = new();
    private static readonly JsonRecordReader Reader = new(Limits, new RecordValidator(Limits));

    private static readonly string Batch = JsonSerializer.Serialize(
        new Dictionary<string, object>
        {
            ["records"] = new List<ScreeningRecord> { TestRecords.Traveller("1"), TestRecords.WorkPermit("WP-1"), TestRecords.Traveller("2", Jurisdiction.BQ_SA) },
        },
        ScreeningJson.Options);

    private static readonly string Catalogue = ReadShippedCatalogue();

    private static string ReadShippedCatalogue()
    {
        using var stream = typeof(IndicatorCatalogueLoader).Assembly.GetManifestResourceStream(IndicatorCatalogueLoader.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void AssertWellFormed(ParsedBatch batch)
    {
        Assert.DoesNotContain(batch.Errors, e => e.Message.Contains("could not be read (", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, batch.Records.Count), batch.Records.Select(r => r.Index));
        Assert.All(batch.Records, r => Assert.True(r.Record is not null || r.Errors.Count > 0));
        Assert.All(batch.Records.SelectMany(r => r.Errors).Concat(batch.Errors), e => Assert.False(string.IsNullOrEmpty(e.Path)));
    }

    private static void AssertWellFormed(CatalogueLoadResult result)
    {
        // Either a catalogue and no errors, or errors that say why there is none.
        Assert.Equal(result.Errors.Count == 0, result.Catalogue is not null);
        Assert.All(result.Errors.Concat(result.Warnings), e => Assert.False(string.IsNullOrEmpty(e.Path)));
    }

    [Fact]
    public void Fixtures_AreValid_SoMutationsStartFromGoodInput()
    {
        Assert.All(Reader.Read(Encoding.UTF8.GetBytes(Batch), FeedGenerators.Today).Records, r => Assert.True(r.IsValid));
        Assert.True(IndicatorCatalogueLoader.Load(Catalogue).IsValid);
    }

    // Regressions: inputs the fuzzing below found crashing, kept as plain tests.

    [Theory]
    [InlineData("observations")]
    [InlineData("legs")]
    public void JsonRead_NullList_IsAFieldErrorNotACrash(string property)
    {
        var batch = JsonNode.Parse(Batch)!;
        batch["records"]![0]![property] = null;

        var read = Reader.Read(Encoding.UTF8.GetBytes(batch.ToJsonString()), FeedGenerators.Today);

        AssertWellFormed(read);
        Assert.False(read.Records[0].IsValid);
        Assert.Contains(read.Records[0].Errors, e => e.Path.EndsWith(property, StringComparison.Ordinal));
        Assert.True(read.Records[1].IsValid);
    }

    [Theory]
    [InlineData("min")]
    [InlineData("windowDays")]
    public void CatalogueLoad_NetworkNumberNotANumber_IsAnErrorNotACrash(string property)
    {
        var catalogue = JsonNode.Parse(Catalogue)!;
        var network = Walk(catalogue).OfType<JsonObject>().First(o => o.ContainsKey("windowDays") && o.ContainsKey("min"));
        network[property] = new JsonObject();

        var result = IndicatorCatalogueLoader.Load(catalogue.ToJsonString());

        AssertWellFormed(result);
        Assert.Contains(result.Errors, e => e.Path.EndsWith("." + property, StringComparison.Ordinal));
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node) =>
        new[] { node }.Concat((node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        }).OfType<JsonNode>().SelectMany(Walk));

    [Property(MaxTest = 1000)]
    public Property JsonRead_MutatedBatch_NeverThrows() =>
        Prop.ForAll(Arb.From(JsonMutations.Of(Batch)), text => AssertWellFormed(Reader.Read(Encoding.UTF8.GetBytes(text), FeedGenerators.Today)));

    [Property(MaxTest = 500)]
    public Property JsonRead_RandomText_NeverThrows() =>
        Prop.ForAll(Arb.From(FeedGenerators.NastyText), text => AssertWellFormed(Reader.Read(Encoding.UTF8.GetBytes(text), FeedGenerators.Today)));

    [Property(MaxTest = 300)]
    public Property JsonRead_RandomBytes_NeverThrow() =>
        Prop.ForAll(Arb.From(FeedGenerators.Bytes), bytes => AssertWellFormed(Reader.Read(bytes, FeedGenerators.Today)));

    [Property(MaxTest = 1000)]
    public Property CatalogueLoad_MutatedShippedCatalogue_NeverThrows() =>
        Prop.ForAll(Arb.From(JsonMutations.Of(Catalogue)), text => AssertWellFormed(IndicatorCatalogueLoader.Load(text, FeedGenerators.Today)));

    [Property(MaxTest = 500)]
    public Property CatalogueLoad_RandomText_NeverThrows() =>
        Prop.ForAll(Arb.From(FeedGenerators.NastyText), text => AssertWellFormed(IndicatorCatalogueLoader.Load(text)));
}
