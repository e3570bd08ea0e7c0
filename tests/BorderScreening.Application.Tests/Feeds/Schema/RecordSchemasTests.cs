using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Schema;
using BorderScreening.Application.Tests.Feeds.Fixtures;

namespace BorderScreening.Application.Tests.Feeds.Schema;

public class RecordSchemasTests
{
    /// <summary>
    /// Fails when docs/schemas differs from what the record types generate. Run with
    /// UPDATE_SCHEMAS=1 to rewrite the files, then commit them.
    /// </summary>
    [Fact]
    public void All_CommittedSchemaFiles_MatchTheGeneratedOnes()
    {
        var folder = Path.Combine(FixtureFile.RepositoryRoot(), "docs", "schemas");
        var update = Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1";
        var stale = new List<string>();

        foreach (var (name, generated) in RecordSchemas.All())
        {
            var path = Path.Combine(folder, name);
            if (update)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(path, generated);
            }
            else if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != generated)
            {
                stale.Add(name);
            }
        }

        Assert.True(stale.Count == 0, $"docs/schemas is out of date ({string.Join(", ", stale)}); run the tests with UPDATE_SCHEMAS=1 and commit the files");
    }

    [Theory]
    [InlineData("traveller-record.schema.json", "traveller")]
    [InlineData("work-permit-record.schema.json", "workPermit")]
    public void All_RecordSchemas_RequireTheirKind(string name, string kind)
    {
        var schema = JsonNode.Parse(RecordSchemas.All()[name])!;

        Assert.Equal(kind, schema["properties"]!["kind"]!["const"]!.GetValue<string>());
        Assert.Contains("kind", schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(RecordSchemas.Dialect, schema["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Batch_Schema_HoldsBothRecordKinds()
    {
        var text = RecordSchemas.All()["screening-batch.schema.json"];

        Assert.Contains("\"traveller\"", text, StringComparison.Ordinal);
        Assert.Contains("\"workPermit\"", text, StringComparison.Ordinal);
        Assert.Contains("\"records\"", text, StringComparison.Ordinal);
    }
}
