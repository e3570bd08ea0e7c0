using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

public sealed class LabelExportTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ExportLabels_AfterADecisionInTheApi_GivesOneDepersonalisedLabelledExample()
    {
        var minor = Records.Traveller("label-1") with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false, Name = new PersonName { Surname = "LABELSURNAME" } };
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { minor }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var caseId = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        using var reviewer = _host.CreateClient("Review.CW");
        HttpStatusCode claim = default;
        for (var i = 0; i < 50 && claim != HttpStatusCode.OK; i++)
        {
            await Task.Delay(200);
            claim = (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode;
        }

        var decided = await reviewer.PostAsJsonAsync($"/api/review/CW/cases/{caseId}/decision", new { ownAssessment = "Concern", outcome = "ReferVictimSupport", reasonCodes = new[] { "MINOR_AT_RISK" } });
        using var scientist = _host.CreateClient("test-scientist-cw", ["Model.Train"], ["CW"]);
        var export = await scientist.GetAsync("/api/labels/export?jurisdiction=CW");
        // The jurisdictions claim scopes the export: another country's scientist, or one without a claim, gets nothing of CW.
        using var ofSx = _host.CreateClient("test-scientist-sx", ["Model.Train"], ["SX"]);
        using var unscoped = _host.CreateClient("test-scientist-none", ["Model.Train"]);
        var sxAsksCw = await ofSx.GetAsync("/api/labels/export?jurisdiction=CW");
        var sxAll = await (await ofSx.GetAsync("/api/labels/export")).Content.ReadAsStringAsync();
        var noneAll = await (await unscoped.GetAsync("/api/labels/export")).Content.ReadAsStringAsync();
        var cwAll = await (await scientist.GetAsync("/api/labels/export")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, claim);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var example = JsonNode.Parse(Assert.Single(lines))!;
        Assert.True(example["label"]!.GetValue<bool>());
        Assert.Equal("review:CW", example["source"]!.GetValue<string>());
        Assert.DoesNotContain("LABELSURNAME", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("NX1234567", lines[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/labels/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sxAsksCw.StatusCode);
        Assert.Equal("", sxAll);
        Assert.Equal("", noneAll);
        Assert.Single(cwAll.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
