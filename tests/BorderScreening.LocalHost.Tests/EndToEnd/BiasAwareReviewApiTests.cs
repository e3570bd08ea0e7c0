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
/// Bias-aware review over HTTP: what the API answers a reviewer holds no score, band, model output
/// or contributions until that reviewer's own assessment is recorded — not only what the page shows.
/// </summary>
public sealed class BiasAwareReviewApiTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<string> HitAsync(string reference)
    {
        var record = Records.Traveller(reference) with { BirthDate = new DateOnly(2013, 5, 1), TravellingWithGuardian = false };
        using var content = new StringContent(JsonSerializer.Serialize(new { records = new ScreeningRecord[] { record } }, ScreeningJson.Options), Encoding.UTF8, "application/json");
        using var response = await _host.Client.PostAsync(new Uri("/api/screenings", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
    }

    private static async Task<JsonNode> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> ReadUntilAsync(HttpClient client, string path, Func<JsonNode, bool> done)
    {
        JsonNode? last = null;
        await Poll.UntilAsync(async () => done(last = await ReadAsync(client, path)), TimeSpan.FromSeconds(15), path);
        return last!;
    }

    private static async Task<IReadOnlyList<string>> ProblemFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()!)];
    }

    [Fact]
    public async Task Reviewer_GetsNoScoresUntilOwnAssessment_InEveryAnswer()
    {
        var caseId = await HitAsync("bias-api-1");
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        var list = await ReadUntilAsync(reviewer, "/api/review/CW/cases", l => l["items"]!.AsArray().Count == 1);

        Assert.Null(list["items"]![0]!["score"]);
        Assert.Null(list["items"]![0]!["band"]);
        Assert.True(list["items"]![0]!["scoresHidden"]!.GetValue<bool>());
        using (var byScore = await reviewer.GetAsync(new Uri("/api/review/CW/cases?sort=score", UriKind.Relative)))
        {
            Assert.Equal(["sort"], await ProblemFieldsAsync(byScore));
        }

        (await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/claim", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var blind = await ReadAsync(reviewer, $"/api/review/CW/cases/{caseId}");
        Assert.Null(blind["risk"]);
        Assert.Null(blind["model"]);
        Assert.Null(blind["case"]!["score"]);
        Assert.True(blind["scoresHidden"]!.GetValue<bool>());
        Assert.NotEmpty(blind["indicators"]!.AsArray());
        var assessment = await ReadAsync(reviewer, $"/api/assessments/{caseId}");
        Assert.Null(assessment["risk"]);
        Assert.Null(assessment["model"]);
        Assert.True(assessment["scoresHidden"]!.GetValue<bool>());

        using (var number = await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/own-assessment", UriKind.Relative), Json("""{"ownAssessment":1}""")))
        {
            Assert.Equal(["ownAssessment"], await ProblemFieldsAsync(number));
        }

        using var recorded = await reviewer.PostAsync(new Uri($"/api/review/CW/cases/{caseId}/own-assessment", UriKind.Relative), Json("""{"ownAssessment":"Concern"}"""));
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var seen = await ReadAsync(reviewer, $"/api/review/CW/cases/{caseId}");
        Assert.True(seen["risk"]!["score"]!.GetValue<double>() > 0);
        Assert.NotNull(seen["model"]);
        Assert.NotNull(seen["case"]!["score"]);
        Assert.Equal("Concern", seen["case"]!["ownAssessment"]!.GetValue<string>());
    }

    [Fact]
    public async Task Supervisor_SeesScoresInTheWorklist_AndReadsTheAgreementReport()
    {
        await HitAsync("bias-api-2");
        using var supervisor = _host.CreateClient("supervisor-cw", ["Review.Supervisor"], ["CW"]);

        var list = await ReadUntilAsync(supervisor, "/api/review/CW/cases?sort=score", l => l["items"]!.AsArray().Count >= 1);
        var report = await ReadAsync(supervisor, "/api/supervision/CW/agreement");

        Assert.True(list["items"]![0]!["score"]!.GetValue<double>() > 0);
        Assert.Equal("CW", report["jurisdiction"]!.GetValue<string>());
        Assert.Equal("all", report["rows"]![0]!["reviewer"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/supervision/CW/agreement?from=2026-13-01", "from")]
    [InlineData("/api/supervision/CW/agreement?from=2026-10-01&to=2026-09-01", "to")]
    [InlineData("/api/supervision/CW/agreement?from=2024-01-01&to=2026-01-01", "to")]
    public async Task Agreement_BadPeriod_Is400NamingTheField(string path, string field)
    {
        using var supervisor = _host.CreateClient("supervisor-cw", ["Review.Supervisor"], ["CW"]);

        using var response = await supervisor.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal([field], await ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Agreement_ReviewerIs403_SupervisorOfAnotherJurisdictionIs404()
    {
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        using var otherSupervisor = _host.CreateClient("supervisor-aw", ["Review.Supervisor"], ["AW"]);

        using var byReviewer = await reviewer.GetAsync(new Uri("/api/supervision/CW/agreement", UriKind.Relative));
        using var byOther = await otherSupervisor.GetAsync(new Uri("/api/supervision/CW/agreement", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
    }
}
