using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Adapters.Tests.Tables;

/// <summary>The point-in-time facts the server's model evaluation reads back from a stored assessment row (Azurite).</summary>
public sealed class TableScoringFactsReaderTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task GetAsync_StoredAssessment_FeaturesSchemaRulesScoreAndAuditGroupAsScored()
    {
        var record = TestRecords.Traveller("facts-1");
        var id = AssessmentId.For(record, "facts-test");
        var assessment = new Assessment { Id = id, Jurisdiction = record.Jurisdiction, ScreenedAt = _services.Time.GetUtcNow(), Risk = new RiskResult { RulesScore = 0.375 } };
        float[] features = [1.5f, -1f, 0.25f];
        var group = new AuditGroup("Caribbean", "F", "25-34");
        await _services.Get<IAssessmentStore>().SaveAsync(assessment, null, null, _services.Time.GetUtcNow(), new MonitoringFacts(group, features, "0123456789abcdef"), "hash", null, CancellationToken.None);

        var facts = await new TableScoringFactsReader(_services.Get<StorageTables>()).GetAsync(id, CancellationToken.None);

        Assert.NotNull(facts);
        Assert.Equal((record.Jurisdiction, 0.375, "0123456789abcdef", group), (facts.Jurisdiction, facts.RulesScore, facts.FeatureSchema, facts.Group));
        Assert.Equal(features, facts.Features);
    }

    [Fact]
    public async Task GetAsync_UnknownOrMalformedId_Null()
    {
        var reader = new TableScoringFactsReader(_services.Get<StorageTables>());

        Assert.Null(await reader.GetAsync("not-an-id", CancellationToken.None));
        Assert.Null(await reader.GetAsync(AssessmentId.For(TestRecords.Traveller("facts-none"), "facts-test"), CancellationToken.None));
    }
}
