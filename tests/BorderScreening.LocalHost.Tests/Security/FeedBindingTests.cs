using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Security;

/// <summary>
/// Feeds confined to their bindings, over HTTP on the local host: a feed sends only for its own
/// jurisdictions and source systems (the rest of a batch goes through), a caller no binding names
/// sends nothing, and a corrected record comes back "amended".
/// </summary>
public sealed class FeedBindingTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    // No wildcard (the default test binding is narrowed to a principal nobody has): only the named
    // feed principal is bound, to CW and AW and one source system.
    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync(new Dictionary<string, string?>
    {
        ["Feeds:Bindings:test-feeds:Principals:0"] = "nobody-at-all",
        ["Feeds:Bindings:klm:Principals:0"] = "feed-klm",
        ["Feeds:Bindings:klm:SourceSystems:0"] = "TEST-API",
        ["Feeds:Bindings:klm:Jurisdictions:0"] = "CW",
        ["Feeds:Bindings:klm:Jurisdictions:1"] = "AW",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient Feed(string subject, params string[] jurisdictions) => _host.CreateFeedClient(subject, jurisdictions);

    private static JsonContent Batch(params ScreeningRecord[] records) =>
        JsonContent.Create(new { records }, options: ScreeningJson.Options);

    [Fact]
    public async Task RecordOfAJurisdictionOutsideTheBinding_Is403NamingTheRecord_AndTheRestIsScreened()
    {
        using var response = await Feed("feed-klm").PostAsync("/api/screenings", Batch(Records.Traveller("b-1"), Records.Traveller("b-2", Jurisdiction.SX)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var error = Assert.Single(problem["errors"]!.AsArray());
        Assert.Equal((1, "records[1]"), (error!["index"]!.GetValue<int>(), error["path"]!.GetValue<string>()));
        var statuses = problem["results"]!.AsArray().Select(r => r!["status"]!.GetValue<string>());
        Assert.Equal(["screened", "forbidden"], statuses);
    }

    [Fact]
    public async Task FeedTokenScopedToCw_MayNotSendOrReadAw_EvenWhenTheBindingAllowsIt()
    {
        var curacao = Feed("feed-klm", "CW");
        using var sent = await curacao.PostAsync("/api/screenings", Batch(Records.Traveller("b-6", Jurisdiction.AW)));
        using var byAruba = await Feed("feed-klm", "AW").PostAsync("/api/screenings", Batch(Records.Traveller("b-7", Jurisdiction.AW)));
        var arubaId = JsonNode.Parse(await byAruba.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();

        using var read = await curacao.GetAsync($"/api/assessments/{arubaId}");

        Assert.Equal(HttpStatusCode.Forbidden, sent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAruba.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task FeedTokenWithoutJurisdictions_SendsNothing()
    {
        using var response = await _host.CreateClient("feed-klm", [AppRoles.FeedSubmit]).PostAsync("/api/screenings", Batch(Records.Traveller("b-8")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SourceSystemOutsideTheBinding_Is403()
    {
        using var response = await Feed("feed-klm").PostAsync("/api/screenings", Batch(Records.Traveller("b-3") with { SourceSystem = "OTHER-API" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CallerNoBindingNames_SendsNothing()
    {
        using var response = await Feed("feed-unknown").PostAsync("/api/screenings", Batch(Records.Traveller("b-4")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.EndsWith("no-feed-binding", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectedRecord_ComesBackAmended_LinkedToTheFirst()
    {
        var feed = Feed("feed-klm");
        using var first = await feed.PostAsync("/api/screenings", Batch(Records.Traveller("b-5")));
        using var corrected = await feed.PostAsync("/api/screenings", Batch(Records.Traveller("b-5") with { AddressAtDestination = "Corrected address" }));

        var firstResult = JsonNode.Parse(await first.Content.ReadAsStringAsync())!["results"]![0]!;
        var correctedResult = JsonNode.Parse(await corrected.Content.ReadAsStringAsync())!["results"]![0]!;
        Assert.Equal("amended", correctedResult["status"]!.GetValue<string>());
        Assert.Equal(firstResult["assessmentId"]!.GetValue<string>(), correctedResult["assessment"]!["amends"]!.GetValue<string>());
        Assert.Equal(2, correctedResult["assessment"]!["version"]!.GetValue<int>());
    }
}
