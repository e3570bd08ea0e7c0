using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Review;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

public sealed class ScreeningEndToEndTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(object value) =>
        new(JsonSerializer.Serialize(value, ScreeningJson.Options), Encoding.UTF8, "application/json");

    private static TravellerRecord UnaccompaniedMinor(string reference) => Records.Traveller(reference) with
    {
        BirthDate = new DateOnly(2013, 5, 1),
        TravellingWithGuardian = false,
    };

    [Fact]
    public async Task PostScreenings_HitRecord_IsStoredInAzuriteQueuedAndReadable()
    {
        var response = await _host.Client.PostAsync("/api/screenings", Json(new { records = new ScreeningRecord[] { UnaccompaniedMinor("e2e-1") } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var id = body["results"]![0]!["assessmentId"]!.GetValue<string>();

        // The assessment is in Azurite's table, under its documented keys.
        Assert.True(AssessmentId.TryParse(id, out var jurisdiction, out var shard));
        var table = _host.Get<StorageTables>().Screenings;
        var row = await table.GetEntityIfExistsAsync<TableEntity>(AssessmentId.PartitionKey(jurisdiction, shard), "A|" + id);
        Assert.True(row.HasValue);

        // GET returns it.
        var read = await _host.Client.GetFromJsonAsync<Assessment>($"/api/assessments/{id}", ScreeningJson.Options);
        Assert.NotNull(read);
        Assert.True(read.Risk.IsHit);
        Assert.Equal(id, read.CaseId);
        Assert.Contains(read.Indicators.Fired, f => f.Id == "TRV-MINOR-UNACCOMPANIED");

        // The hit went through CW's queue into CW's worklist, exactly once.
        var cases = await WaitForCasesAsync(Jurisdiction.CW, 1);
        Assert.Equal(id, Assert.Single(cases).CaseId);
    }

    private async Task<List<WorklistItem>> WaitForCasesAsync(Jurisdiction jurisdiction, int expected)
    {
        var worklist = _host.Get<IWorklistStore>();
        var items = new List<WorklistItem>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            items.Clear();
            await foreach (var item in worklist.ListAsync(jurisdiction, null, CancellationToken.None))
            {
                items.Add(item);
            }

            if (items.Count >= expected)
            {
                // Give a duplicate the chance to show up before declaring the count.
                await Task.Delay(300);
                items.Clear();
                await foreach (var item in worklist.ListAsync(jurisdiction, null, CancellationToken.None))
                {
                    items.Add(item);
                }

                return items;
            }

            await Task.Delay(100);
        }

        return items;
    }

    [Fact]
    public async Task PostScreenings_BatchWithInvalidRecords_ScreensValidOnesAndNamesFields()
    {
        var payload = """
            {"records":[
              {"kind":"traveller","jurisdiction":"AW","sourceSystem":"T","messageReference":"M","travellerReference":"ok-1","name":{"surname":"A"},"birthDate":"1980-01-01"},
              {"kind":"traveller","jurisdiction":"AW","sourceSystem":"T","messageReference":"M","name":{"surname":"B"}},
              {"kind":"traveller","jurisdiction":"AW","sourceSystem":"T","messageReference":"M","travellerReference":"ok-2","name":{"surname":"C"},"birthDate":"1981-02-02"}
            ]}
            """;

        var response = await _host.Client.PostAsync("/api/screenings", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var paths = problem["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("records[1].travellerReference", paths);
        Assert.Contains("records[1].birthDate", paths);
        Assert.Equal(2, problem["accepted"]!.GetValue<int>());
        var screened = problem["results"]!.AsArray().Where(r => r!["status"]!.GetValue<string>() == "screened").Select(r => r!["assessmentId"]!.GetValue<string>()).ToList();
        Assert.Equal(2, screened.Count);
        foreach (var id in screened)
        {
            Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync($"/api/assessments/{id}")).StatusCode);
        }
    }

    [Fact]
    public async Task PostScreenings_InvalidJson_Returns400ProblemNot500()
    {
        var response = await _host.Client.PostAsync("/api/screenings", new StringContent("{\"records\": [", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("$", problem["errors"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostScreenings_WrongContentType_Returns415()
    {
        var response = await _host.Client.PostAsync("/api/screenings", new StringContent("{}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task PostScreenings_BodyOverLimit_Returns413()
    {
        var big = new string(' ', 5 * 1024 * 1024) + "{}";

        var response = await _host.Client.PostAsync("/api/screenings", new StringContent(big, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostScreenings_SameBatchTwiceConcurrently_CreatesOneAssessmentAndOneHitPerRecord()
    {
        var records = Enumerable.Range(0, 10).Select(i => (ScreeningRecord)UnaccompaniedMinor($"dup-{i}")).ToArray();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _host.Client.PostAsync("/api/screenings", Json(new { records }))));
        var again = await _host.Client.PostAsync("/api/screenings", Json(new { records }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var statuses = JsonNode.Parse(await again.Content.ReadAsStringAsync())!["results"]!.AsArray().Select(r => r!["status"]!.GetValue<string>());
        Assert.All(statuses, s => Assert.Equal("duplicate", s));

        var table = _host.Get<StorageTables>().Screenings;
        var rows = table.QueryAsync<TableEntity>(select: ["RowKey"]);
        var keys = new List<string>();
        await foreach (var row in rows)
        {
            keys.Add(row.RowKey);
        }

        Assert.Equal(10, keys.Count(k => k.StartsWith("A|", StringComparison.Ordinal)));
        Assert.Equal(10, keys.Count(k => k.StartsWith("C|", StringComparison.Ordinal)));

        var cases = await WaitForCasesAsync(Jurisdiction.CW, 10);
        Assert.Equal(10, cases.Count);
        Assert.Equal(10, cases.Select(c => c.CaseId).Distinct().Count());
    }

    [Fact]
    public async Task GetAssessment_UnknownOrMalformedId_Returns404Problem()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync("/api/assessments/cw-aaaaaaaaaaaaaaaaaaaaaaaa")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync("/api/assessments/not-an-id")).StatusCode);
    }

    [Fact]
    public async Task GetHealth_WithAzurite_ReportsHealthy()
    {
        var health = JsonNode.Parse(await _host.Client.GetStringAsync("/api/health"))!;

        Assert.Equal("healthy", health["status"]!.GetValue<string>());
        Assert.Equal("healthy", health["checks"]!["storage"]!["status"]!.GetValue<string>());
        Assert.Equal("healthy", health["checks"]!["hitQueue"]!["status"]!.GetValue<string>());
        Assert.StartsWith("bsm-", health["checks"]!["model"]!["version"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
