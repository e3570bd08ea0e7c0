using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Catalogues;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.LocalHost.Tests.Catalogues;

/// <summary>
/// A replay fanned out over the replay-slices queue through a running local host: started with 202, its
/// slices run by the host's worker loop, its progress and then its report read back; wrong starts and
/// unknown jobs answered with problems.
/// </summary>
public sealed class CatalogueFanoutApiTests : IAsyncLifetime
{
    private const string Candidate = "2026.12.42";
    private LocalHostServer _host = null!;
    private HttpClient _owner = null!;

    // Slices of 3 parts: CW over one day is 8 parts, so 3 slices.
    public async Task InitializeAsync()
    {
        _host = await LocalHostServer.StartAsync(settings: new Dictionary<string, string?> { ["ReplayFanout:PartsPerSlice"] = "3" });
        _owner = _host.CreateClient("rules-owner-2", [AppRoles.RulesManage]);
        using var upload = await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.With(Candidate, CandidateCatalogues.MinorUnaccompanied, i => i["status"] = "shadow")));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Replay_FannedOut_RunsOnTheWorkerAndReportsTheStoredRecords()
    {
        // Both arrive on 2026-12-01 (the test records' arrival); the minor travels alone.
        var minor = TestRecords.Traveller("fanout-api-cw") with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
        using var screened = await _host.CreateFeedClient().PostAsync("/api/screenings", Json(JsonSerializer.Serialize(
            new ScreeningRecord[] { minor, TestRecords.Traveller("fanout-api-adult") }, ScreeningJson.Options)));
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);

        using var start = await _owner.PostAsync($"/api/catalogues/{Candidate}/replays?from=2026-12-01&to=2026-12-02&jurisdiction=CW", null);
        var started = JsonNode.Parse(await start.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        Assert.Equal(3, started["slices"]!.GetValue<int>());
        var location = started["status"]!.GetValue<string>();

        JsonNode status = null!;
        for (var i = 0; i < 150; i++)
        {
            status = JsonNode.Parse(await _owner.GetStringAsync(location))!;
            if (status["state"]!.GetValue<string>() == "done")
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal("done", status["state"]!.GetValue<string>());
        Assert.Equal(3, status["slicesDone"]!.GetValue<int>());
        Assert.Equal(2, status["result"]!["report"]!["records"]!.GetValue<int>());
        Assert.Equal(1, status["result"]!["report"]!["inService"]!["forcedReviews"]!.GetValue<int>());
        Assert.Equal(0, status["result"]!["report"]!["candidate"]!["forcedReviews"]!.GetValue<int>());
        Assert.Contains("Replay of stored records", status["result"]!["markdown"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("to=2026-12-02", "from")]
    [InlineData("from=2026-12-01", "to")]
    [InlineData("from=2026-12-01&to=2026-11-30", "to")]
    [InlineData("from=2025-01-01&to=2025-01-08", "from")]
    [InlineData("from=2026-12-01&to=2026-12-02&jurisdiction=NL", "jurisdiction")]
    public async Task Replay_StartedWrongly_IsA400NamingTheField(string query, string field)
    {
        using var response = await _owner.PostAsync($"/api/catalogues/{Candidate}/replays?{query}", null);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(body["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == field);
    }

    [Fact]
    public async Task Replay_UnknownJobOrVersion_Is404()
    {
        using var job = await _owner.GetAsync("/api/catalogues/replays/rj-00000000000000000000");
        using var version = await _owner.PostAsync("/api/catalogues/2026.12.99/replays?from=2026-12-01&to=2026-12-02", null);

        Assert.Equal(HttpStatusCode.NotFound, job.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, version.StatusCode);
    }

    [Fact]
    public async Task Replay_ByAReviewer_IsForbidden()
    {
        using var reviewer = _host.CreateClient("Review.CW");

        using var response = await reviewer.PostAsync($"/api/catalogues/{Candidate}/replays?from=2026-12-01&to=2026-12-02", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
