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
/// Backtesting a candidate on stored history through the API of a running local host: the records of a
/// period replayed in event time, generated records when the period holds nothing, and a clear problem
/// for a period given by halves.
/// </summary>
public sealed class CatalogueReplayApiTests : IAsyncLifetime
{
    private const string Candidate = "2026.12.41";
    private LocalHostServer _host = null!;
    private HttpClient _owner = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostServer.StartAsync();
        _owner = _host.CreateClient("rules-owner-1", [AppRoles.RulesManage]);
        using var upload = await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.With(Candidate, CandidateCatalogues.MinorUnaccompanied, i => i["status"] = "shadow")));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(HttpStatusCode Status, JsonNode Body)> BacktestAsync(string query)
    {
        using var response = await _owner.PostAsync($"/api/catalogues/{Candidate}/backtest?{query}", null);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Backtest_StoredPeriod_ReplaysTheRecordsOfThatPeriodAndJurisdiction()
    {
        // Both arrive on 2026-12-01 (the test records' arrival), one in CW and one in AW.
        var minor = TestRecords.Traveller("api-replay-cw") with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
        using var screened = await _host.CreateFeedClient().PostAsync("/api/screenings", Json(JsonSerializer.Serialize(
            new ScreeningRecord[] { minor, minor with { TravellerReference = "api-replay-aw", Jurisdiction = Jurisdiction.AW } }, ScreeningJson.Options)));
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);

        var (status, body) = await BacktestAsync("from=2026-12-01&to=2026-12-02&jurisdiction=CW");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("replayed in event time", body["sample"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, body["report"]!["records"]!.GetValue<int>());
        Assert.Equal(1, body["report"]!["inService"]!["forcedReviews"]!.GetValue<int>());
        Assert.Equal(0, body["report"]!["candidate"]!["forcedReviews"]!.GetValue<int>());
        Assert.Contains("Replay of stored records", body["markdown"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backtest_PeriodWithNothingStored_FallsBackToGeneratedRecordsAndSaysSo()
    {
        var (status, body) = await BacktestAsync("from=2025-01-01&to=2025-01-08&records=500");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("the store holds no records of 2025-01-01 to 2025-01-08", body["sample"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(500, body["report"]!["records"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("to=2026-12-02", "from")]
    [InlineData("from=2026-12-01", "to")]
    [InlineData("from=2026-12-01&to=2026-11-30", "to")]
    [InlineData("from=2026-12-01&to=2026-12-02&jurisdiction=NL", "jurisdiction")]
    public async Task Backtest_PeriodGivenWrongly_IsA400NamingTheField(string query, string field)
    {
        var (status, body) = await BacktestAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(body["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == field);
    }
}
