using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Fieldwork;

/// <summary>
/// Officers' observations through the local host: the record is screened again as version 2 of the
/// same case, which shows both assessments; bad codes are 400 naming the code, another jurisdiction's
/// case is not found, a decided case is 409.
/// </summary>
public sealed class ObservationApiTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<string> ClaimedHitAsync(HttpClient reviewer, string reference)
    {
        var record = Records.Traveller(reference) with { BirthDate = new DateOnly(2013, 5, 1), TravellingWithGuardian = false };
        using var content = new StringContent(JsonSerializer.Serialize(new { records = new ScreeningRecord[] { record } }, ScreeningJson.Options), Encoding.UTF8, "application/json");
        using var response = await _host.Client.PostAsync(new Uri("/api/screenings", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var caseId = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        await Poll.UntilAsync(async () => (await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/claim", UriKind.Relative), null)).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(15), "claim");
        return caseId;
    }

    [Fact]
    public async Task AddObservations_ScreensTheRecordAgainAsVersion2_AndTheCaseShowsBothAssessments()
    {
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        var caseId = await ClaimedHitAsync(reviewer, "obs-api-1");
        // The own assessment first, so this reviewer sees the scores of both versions.
        (await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/own-assessment", UriKind.Relative), Json("""{"ownAssessment":"Concern"}"""))).EnsureSuccessStatusCode();

        using var added = await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/observations", UriKind.Relative), Json("""{"codes":["DOCUMENTS_HELD_BY_OTHER"],"note":"Companion kept her passport during the interview"}"""));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var detail = JsonNode.Parse(await added.Content.ReadAsStringAsync())!;
        Assert.Equal(caseId, detail["case"]!["caseId"]!.GetValue<string>());
        Assert.Equal(2, detail["case"]!["version"]!.GetValue<int>());
        var change = detail["change"]!;
        Assert.Equal(caseId, change["previousAssessmentId"]!.GetValue<string>());
        Assert.Equal(1, change["previousVersion"]!.GetValue<int>());
        Assert.Equal(2, change["version"]!.GetValue<int>());
        Assert.Contains("TRV-OBS-DOCUMENTS-HELD", change["added"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.DoesNotContain("TRV-OBS-DOCUMENTS-HELD", change["previousFired"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.True(change["score"]!.GetValue<double>() > change["previousScore"]!.GetValue<double>());
        Assert.Contains(detail["facts"]!.AsArray(), f => f!.ToJsonString().Contains("DOCUMENTS_HELD_BY_OTHER", StringComparison.Ordinal));

        // Read again: the case stays one case, on the new version, and the officer's act is audited with the note.
        var again = JsonNode.Parse(await reviewer.GetStringAsync(new Uri($"/api/review/CW/cases/{caseId}", UriKind.Relative)))!;
        Assert.Equal(2, again["change"]!["version"]!.GetValue<int>());
        var entries = await _host.Get<IAuditLog>().ForCaseAsync(Jurisdiction.CW, caseId, 3, CancellationToken.None);
        var observed = Assert.Single(entries, e => e.Action == "case.observations");
        Assert.Equal("reviewer-cw", observed.Actor);
        Assert.Contains("Companion kept her passport", observed.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"codes":["NOT_A_CODE"]}""", "codes[0]")]
    [InlineData("""{"codes":["FEARFUL","MRZ_CHECK_FAILED"]}""", "codes[1]")]
    [InlineData("""{"codes":[]}""", "codes")]
    public async Task AddObservations_UnknownOrIntakeCode_Is400NamingTheCode(string body, string field)
    {
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        var caseId = await ClaimedHitAsync(reviewer, "obs-api-bad-" + field.Length);

        using var response = await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/observations", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == field);
    }

    [Fact]
    public async Task AddObservations_OtherJurisdictionIsNotFound_DecidedCaseIs409()
    {
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        using var reviewerAw = _host.CreateClient("reviewer-aw", ["Review.AW"]);
        var caseId = await ClaimedHitAsync(reviewer, "obs-api-decided");
        const string body = """{"codes":["FEARFUL"]}""";

        using var byAw = await reviewerAw.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/observations", UriKind.Relative), Json(body));
        (await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/decision", UriKind.Relative), Json("""{"ownAssessment":"NoConcern","outcome":"NoConcern","reasonCodes":["FACTS_EXPLAINED"]}"""))).EnsureSuccessStatusCode();
        using var afterDecision = await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/observations", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.NotFound, byAw.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterDecision.StatusCode);
        Assert.Contains("reopens", await afterDecision.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
