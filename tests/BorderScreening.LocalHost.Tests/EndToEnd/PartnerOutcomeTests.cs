using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

/// <summary>
/// Partner outcomes over HTTP on the local host: a referral's partner records what it found by signal
/// id; another partner, bad input and unknown signals get problems, never a 500; the export then
/// carries the outcome as the label.
/// </summary>
public sealed class PartnerOutcomeTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync(settings: new Dictionary<string, string?>(
        [.. PartnerRecorders.VictimSupportCwSettings, .. PartnerRecorders.Settings("police-cw", "police", "CW", "partner-police-cw")]));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task RecordOutcome_ByThePartnerOfTheSignal_IsStoredAndBecomesTheExportedLabel()
    {
        var minor = Records.Traveller("outcome-http-1") with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
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
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var signalId = await PartnerRecorders.SignalIdAsync(reviewer, "CW", caseId, "victim-support");
        using var victims = _host.CreateClient(PartnerRecorders.VictimSupportCw, ["Outcomes.Record"], ["CW"]);
        using var police = _host.CreateClient("partner-police-cw", ["Outcomes.Record"], ["CW"]);

        var first = await victims.PutAsync($"/api/outcomes/CW/signals/{signalId}", Json("""{"outcome":"unknown"}"""));
        var later = await victims.PutAsync($"/api/outcomes/CW/signals/{signalId}", Json("""{"outcome":"no-indication"}"""));
        var otherPartner = await police.PutAsync($"/api/outcomes/CW/signals/{signalId}", Json("""{"outcome":"confirmed-victim"}"""));
        var unknownSignal = await victims.PutAsync("/api/outcomes/CW/signals/sig-CW-NOSUCHSIGNAL", Json("""{"outcome":"unknown"}"""));
        var badValue = await victims.PutAsync($"/api/outcomes/CW/signals/{signalId}", Json("""{"outcome":"ConfirmedVictim"}"""));
        var notJson = await victims.PutAsync($"/api/outcomes/CW/signals/{signalId}", Json("""{"outcome":"""));
        var reviewerTries = await reviewer.PutAsync($"/api/outcomes/CW/signals/{signalId}", Json("""{"outcome":"unknown"}"""));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        var receipt = JsonNode.Parse(await later.Content.ReadAsStringAsync())!;
        Assert.Equal(("no-indication", "unknown"), (receipt["outcome"]!.GetValue<string>(), receipt["replaced"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, otherPartner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownSignal.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badValue.StatusCode);
        Assert.Contains("\"outcome\"", await badValue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", badValue.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reviewerTries.StatusCode);

        using var scientist = _host.CreateClient("test-scientist-outcomes", ["Model.Train"], ["CW"]);
        var example = JsonNode.Parse((await scientist.GetStringAsync("/api/labels/export?jurisdiction=CW")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Single())!;
        Assert.False(example["label"]!.GetValue<bool>());
        Assert.Equal("outcome", example["labelSource"]!.GetValue<string>());
    }
}
