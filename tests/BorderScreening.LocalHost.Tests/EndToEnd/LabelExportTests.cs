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
        using var scientist = _host.CreateClient("Model.Train");
        var export = await scientist.GetAsync("/api/labels/export?jurisdiction=CW");

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
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("\"12345\"")]
    [InlineData("\"ReferCriminalInvestigation, ReferVictimSupport\"")]
    public async Task Decide_OutcomeNotADeclaredName_Is400NamingOutcomeAndNoLabelIsExported(string outcome)
    {
        var minor = Records.Traveller("label-bad-" + outcome.Length) with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { minor }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var caseId = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        using var reviewer = _host.CreateClient("Review.CW");
        HttpStatusCode claim = default;
        for (var i = 0; i < 50 && claim != HttpStatusCode.OK; i++)
        {
            await Task.Delay(200);
            claim = (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode;
        }

        var body = $$"""{"ownAssessment":"Concern","outcome":{{outcome}},"reasonCodes":["MINOR_AT_RISK"]}""";
        var decided = await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/decision", new StringContent(body, Encoding.UTF8, "application/json"));
        var detail = JsonNode.Parse(await (await reviewer.GetAsync($"/api/review/CW/cases/{caseId}")).Content.ReadAsStringAsync())!;
        using var scientist = _host.CreateClient("Model.Train");
        var export = await (await scientist.GetAsync("/api/labels/export?jurisdiction=CW")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, claim);
        Assert.Equal(HttpStatusCode.BadRequest, decided.StatusCode);
        Assert.Equal("outcome", JsonNode.Parse(await decided.Content.ReadAsStringAsync())!["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal("Claimed", detail["case"]!["status"]!.GetValue<string>());
        Assert.Empty(export.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
