using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Learning;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

/// <summary>
/// Training data on Azurite (issue 20): a decided case is read back from the store with the features
/// stored when it was scored, and the Parquet export carries them as columns.
/// </summary>
public sealed class StoredTrainingDataTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync(settings: new Dictionary<string, string?>(PartnerRecorders.VictimSupportCwSettings));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> DecideAsync()
    {
        var minor = Records.Traveller("train-1") with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { minor }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var caseId = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        using var reviewer = _host.CreateClient("Review.CW");
        var claim = HttpStatusCode.NotFound;
        for (var i = 0; i < 50 && claim != HttpStatusCode.OK; i++)
        {
            await Task.Delay(200);
            claim = (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode;
        }

        var decided = await reviewer.PostAsJsonAsync($"/api/review/CW/cases/{caseId}/decision", new { ownAssessment = "Concern", outcome = "ReferVictimSupport", reasonCodes = new[] { "MINOR_AT_RISK" } });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        return caseId;
    }

    private async Task<List<TrainingRow>> ReadStoreAsync()
    {
        var query = new TrainingQuery { From = DateTimeOffset.UnixEpoch, To = DateTimeOffset.MaxValue.AddDays(-1), Jurisdictions = [Jurisdiction.CW] };
        var rows = new List<TrainingRow>();
        await foreach (var row in _host.Get<ITrainingDataSource>().ReadAsync(query, null, CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task ReadAsync_DecidedCase_ComesWithItsStoredPointInTimeFeatures()
    {
        await DecideAsync();

        var example = StoredLabelledExamples.From(Assert.Single(await ReadStoreAsync()));

        Assert.True(example.Label);
        Assert.Equal(LabelSources.Review, example.LabelSource);
        Assert.True(example.HasCurrentFeatures);
        Assert.Equal(FeatureSchema.Id, example.FeatureSchemaId);
        Assert.Equal(1, example.Features![FeatureSchema.IndexOf("minor_without_guardian")]);
    }

    [Fact]
    public async Task ReadAsync_PartnerFoundNoIndication_OverridesTheReviewersReferralAsInTheExport()
    {
        var caseId = await DecideAsync();
        using var reviewer = _host.CreateClient("Review.CW");
        var signalId = await PartnerRecorders.SignalIdAsync(reviewer, "CW", caseId, "victim-support");
        using var victims = _host.CreateClient(PartnerRecorders.VictimSupportCw, ["Outcomes.Record"], ["CW"]);
        var recorded = await victims.PutAsync($"/api/outcomes/CW/signals/{signalId}", new StringContent("""{"outcome":"no-indication"}""", Encoding.UTF8, "application/json"));
        Assert.True(recorded.IsSuccessStatusCode, $"{(int)recorded.StatusCode}");

        var row = Assert.Single(await ReadStoreAsync());
        var example = StoredLabelledExamples.From(row);
        using var scientist = _host.CreateClient("test-scientist-cw", ["Model.Train"], ["CW"]);
        var exported = JsonSerializer.Deserialize<LabelledExample>((await scientist.GetStringAsync("/api/labels/export?jurisdiction=CW")).Trim(), ScreeningJson.Options)!;

        Assert.Equal(1, row.Label.Label);
        Assert.False(example.Label);
        Assert.Equal(LabelSources.Outcome, example.LabelSource);
        Assert.Contains("partner outcomes no-indication", example.LabelReference, StringComparison.Ordinal);
        Assert.Equal(exported.Label, example.Label);
        Assert.Equal(exported.LabelSource, example.LabelSource);
    }

    [Fact]
    public async Task ExportLabels_FormatParquet_GivesAFlatTableWithTheStoredFeatures()
    {
        await DecideAsync();
        using var scientist = _host.CreateClient("test-scientist-cw", ["Model.Train"], ["CW"]);

        var export = await scientist.GetAsync("/api/labels/export?jurisdiction=CW&format=parquet");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(LabelledExampleParquet.MediaType, export.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var example = Assert.Single(await LabelledExampleParquet.ReadAsync(stream));
        Assert.True(example.Label);
        Assert.True(example.HasCurrentFeatures);
        Assert.Equal("review:CW", example.Source);
    }
}
