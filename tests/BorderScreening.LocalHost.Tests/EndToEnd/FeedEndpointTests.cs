using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Feeds.Pnrgov;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

public sealed class FeedEndpointTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Paxlst(int travellers) => new PaxlstWriter().Write(
        Enumerable.Range(1, travellers).Select(i => Records.Traveller(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) with
        {
            Name = new PersonName { Surname = $"TRAVELLER{i}", GivenNames = "TEST" },
            Document = new TravelDocument { Type = "P", Number = $"X{i:0000000}", IssuingState = "NLD", Expiry = new DateOnly(2031, 1, 1) },
        }).ToList(),
        new PaxlstWriteOptions());

    [Fact]
    public async Task PostPaxlst_Interchange_ScreensEachTravellerOnceAcrossRetries()
    {
        var body = Paxlst(5);

        var first = await _host.Client.PostAsync("/api/feeds/paxlst?sourceSystem=KLM-API", new StringContent(body, Encoding.UTF8, "application/edifact"));
        var retry = await _host.Client.PostAsync("/api/feeds/paxlst?sourceSystem=KLM-API", new StringContent(body, Encoding.UTF8, "application/edifact"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var results = JsonNode.Parse(await first.Content.ReadAsStringAsync())!["results"]!.AsArray();
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Equal("screened", r!["status"]!.GetValue<string>()));
        var again = JsonNode.Parse(await retry.Content.ReadAsStringAsync())!["results"]!.AsArray();
        Assert.All(again, r => Assert.Equal("duplicate", r!["status"]!.GetValue<string>()));
        Assert.Equal(
            results.Select(r => r!["assessmentId"]!.GetValue<string>()).Order(),
            again.Select(r => r!["assessmentId"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task PostPnrgov_Push_ScreensEachPassengerOnceAcrossRetriesAndReplaysAnIdempotencyKey()
    {
        var body = new PnrgovWriter().Write(Enumerable.Range(1, 3).Select(i => Records.Traveller(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) with
        {
            Name = new PersonName { Surname = $"BOOKED{i}", GivenNames = "TEST" },
            Booking = new BookingFacts { GroupReference = "PNR00" + i, FormOfPayment = FormOfPayment.Cash, PaidBy = Payer.OtherPerson, PayerId = "PAYER/ONE" },
        }).ToList());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feeds/pnrgov?sourceSystem=KL-PNR") { Content = new StringContent(body, Encoding.UTF8, "application/edifact") };
        request.Headers.Add("Idempotency-Key", "pnr-push-1");
        using var replay = new HttpRequestMessage(HttpMethod.Post, "/api/feeds/pnrgov?sourceSystem=KL-PNR") { Content = new StringContent(body, Encoding.UTF8, "application/edifact") };
        replay.Headers.Add("Idempotency-Key", "pnr-push-1");

        var first = await _host.Client.SendAsync(request);
        var replayed = await _host.Client.SendAsync(replay);
        var retry = await _host.Client.PostAsync("/api/feeds/pnrgov?sourceSystem=KL-PNR", new StringContent(body, Encoding.UTF8, "application/edifact"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = await first.Content.ReadAsStringAsync();
        var results = JsonNode.Parse(answer)!["results"]!.AsArray();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal("screened", r!["status"]!.GetValue<string>()));
        Assert.All(results, r => Assert.Contains(r!["assessment"]!["indicators"]!["fired"]!.AsArray(), f => f!["id"]!.GetValue<string>() == "TRV-CASH-THIRD-PARTY"));
        Assert.Equal(answer, await replayed.Content.ReadAsStringAsync());
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.All(JsonNode.Parse(await retry.Content.ReadAsStringAsync())!["results"]!.AsArray(), r => Assert.Equal("duplicate", r!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PostPnrgov_Garbage_Returns400NotA500()
    {
        var response = await _host.Client.PostAsync("/api/feeds/pnrgov?sourceSystem=X", new StringContent("UNH+1+PNRGOV:13:1:IA'SRC'UNT+3+1'", Encoding.UTF8, "application/edifact"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("holds no passengers", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostPaxlst_WithoutSourceSystem_Returns400NamingIt()
    {
        var response = await _host.Client.PostAsync("/api/feeds/paxlst", new StringContent(Paxlst(1), Encoding.UTF8, "application/edifact"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("sourceSystem", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostPaxlst_Garbage_Returns400NotA500()
    {
        var response = await _host.Client.PostAsync("/api/feeds/paxlst?sourceSystem=X", new StringContent("UNB+this is not+edifact'''", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostWorkPermits_CsvWithOneBadRow_ScreensTheOthersAndNamesTheLine()
    {
        var good = Records.WorkPermit("WP-100");
        var csv = new WorkPermitCsvWriter().Write([good, good with { ApplicationId = "WP-101" }]);
        var lines = csv.TrimEnd('\n', '\r').Split('\n').ToList();
        lines.Add(lines[1].Replace("WP-100", "WP-102", StringComparison.Ordinal).Replace("1995-02-03", "not-a-date", StringComparison.Ordinal));
        var body = string.Join('\n', lines) + "\n";

        var response = await _host.Client.PostAsync("/api/feeds/work-permits?sourceSystem=SX-PERMITS", new StringContent(body, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(2, problem["accepted"]!.GetValue<int>());
        Assert.Contains("line 4", problem["errors"]![0]!["path"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}

public sealed class IdempotencyKeyTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/screenings") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Post_SameKeyAndBody_ReplaysTheFirstAnswer()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new[] { (ScreeningRecord)Records.Traveller("idem-1") }, BorderScreening.Application.Feeds.Json.ScreeningJson.Options);

        var first = await PostAsync(body, "batch-2026-11-28-001");
        var second = await PostAsync(body, "batch-2026-11-28-001");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Contains("screened", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Post_SameKeyOtherBody_Returns422()
    {
        var one = System.Text.Json.JsonSerializer.Serialize(new[] { (ScreeningRecord)Records.Traveller("idem-2") }, BorderScreening.Application.Feeds.Json.ScreeningJson.Options);
        var other = System.Text.Json.JsonSerializer.Serialize(new[] { (ScreeningRecord)Records.Traveller("idem-3") }, BorderScreening.Application.Feeds.Json.ScreeningJson.Options);

        await PostAsync(one, "reused-key");
        var response = await PostAsync(other, "reused-key");

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
    }
}
