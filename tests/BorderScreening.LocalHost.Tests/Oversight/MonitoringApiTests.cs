using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.LocalHost.Tests.Oversight;

/// <summary>The monitoring run on records screened through the local host, and the API's role checks.</summary>
public sealed class MonitoringApiTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetReport_AfterTheDailyRun_GivesTheDaysFiguresToAuditorsAndDataScientistsOnly()
    {
        ScreeningRecord[] records = [.. Enumerable.Range(0, 6).Select(i => TestRecords.Traveller("mon-" + i))];
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(records, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var day = DateOnly.FromDateTime(_host.Get<TimeProvider>().GetUtcNow().UtcDateTime);

        var reports = await _host.Get<MonitoringService>().RunAsync(day, Jurisdiction.CW, CancellationToken.None);

        var report = Assert.Single(reports);
        Assert.Equal(6, report.Records);
        Assert.Equal(6, report.Groups.Single(g => g is { Dimension: "nationalityGroup", Group: "Kingdom of the Netherlands" }).Records);
        Assert.Contains(report.ModelVersions, v => v.StartsWith("bsm-", StringComparison.Ordinal));
        var path = $"/api/monitoring/CW/{day:yyyy-MM-dd}";
        using var auditor = _host.CreateClient("test-auditor-cw", ["Audit.Read"], ["CW"]);
        using var scientist = _host.CreateClient("test-scientist-cw", ["Model.Train"], ["CW"]);
        using var auditorOfSx = _host.CreateClient("test-auditor-sx", ["Audit.Read"], ["SX"]);
        using var reviewer = _host.CreateClient("Review.CW");
        using var anonymous = _host.CreateClientWithToken(null);
        var read = await auditor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        Assert.Equal(6, body["records"]!.GetValue<int>());
        Assert.DoesNotContain("mon-", body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await scientist.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scientist.GetAsync("/api/monitoring/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditorOfSx.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Screening_StoresAuditGroupAndFeaturesBesideTheAssessmentNotInIt()
    {
        var record = TestRecords.Traveller("mon-facts");
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { record }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var id = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();

        var rows = _host.Get<StorageTables>().Screenings.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"A|" + id}"));
        TableEntity? row = null;
        await foreach (var r in rows)
        {
            row = r;
        }

        Assert.NotNull(row);
        Assert.Equal("Kingdom of the Netherlands|F|" + AuditGroup.AgeBandOf(record.BirthDate, DateOnly.FromDateTime(_host.Get<TimeProvider>().GetUtcNow().UtcDateTime)), row.GetString(MonitoringFacts.AuditGroupColumn));
        Assert.Equal(BorderScreening.Model.Serving.Features.FeatureSchema.Count, MonitoringFacts.DecodeFeatures(row.GetString(MonitoringFacts.FeaturesColumn))!.Length);
        Assert.DoesNotContain("NLD", row.GetString("Body"), StringComparison.Ordinal);
        Assert.DoesNotContain("Kingdom", row.GetString("Body"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/monitoring/CW/27-11-2026", "day")]
    [InlineData("/api/monitoring/alerts?from=2026-12-01&to=2026-11-01", "to")]
    [InlineData("/api/monitoring/alerts?jurisdiction=NL", "jurisdiction")]
    [InlineData("/api/monitoring/CW/9999-12-31", "day")]
    [InlineData("/api/monitoring/CW/0001-01-01", "day")]
    [InlineData("/api/monitoring/CW/2026-02-30", "day")]
    [InlineData("/api/monitoring/CW/-1", "day")]
    [InlineData("/api/monitoring/alerts?from=9999-12-30&to=9999-12-31", "from")]
    [InlineData("/api/monitoring/alerts?from=2026-01-01&to=9999-12-31", "to")]
    [InlineData("/api/monitoring/alerts?from=0001-01-01&to=0001-01-02", "from")]
    [InlineData("/api/monitoring/alerts?to=2026-02-30", "to")]
    [InlineData("/api/monitoring/alerts?jurisdiction=CW&jurisdiction=AW", "jurisdiction")]
    public async Task Get_BadQuery_Is400NamingTheField(string path, string field)
    {
        using var auditor = _host.CreateClient("test-auditor-cw", ["Audit.Read"], ["CW"]);

        var response = await auditor.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReport_UnknownJurisdiction_Is404()
    {
        // Was 400 naming "jurisdiction": the security layer answers an unknown jurisdiction as one out of reach.
        using var auditor = _host.CreateClient("test-auditor-cw", ["Audit.Read"], ["CW"]);

        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync("/api/monitoring/XX/2026-11-27")).StatusCode);
    }

    [Fact]
    public async Task ListAlerts_GivesOnlyTheJurisdictionsTheCallerReaches()
    {
        var day = DateOnly.FromDateTime(_host.Get<TimeProvider>().GetUtcNow().UtcDateTime);
        var store = _host.Get<IMonitoringStore>();
        foreach (var code in new[] { "CW", "SX" })
        {
            var alert = new MonitoringAlert(code, day, AlertKinds.Drift, "score", 0.4, 0.25, "drift in " + code);
            await store.SaveAsync(new MonitoringReport { Jurisdiction = code, Day = day, Alerts = [alert] }, CancellationToken.None);
        }

        var ofCw = await (await _host.CreateClient("test-alerts-cw", ["Model.Train"], ["CW"]).GetAsync("/api/monitoring/alerts")).Content.ReadAsStringAsync();
        var ofAll = await (await _host.CreateClient("test-alerts-all", ["Audit.Read", "Jurisdictions.All"]).GetAsync("/api/monitoring/alerts")).Content.ReadAsStringAsync();
        using var askedSx = await _host.CreateClient("test-alerts-cw", ["Model.Train"], ["CW"]).GetAsync("/api/monitoring/alerts?jurisdiction=SX");
        var unscoped = await (await _host.CreateClient("test-alerts-none", ["Audit.Read"]).GetAsync("/api/monitoring/alerts")).Content.ReadAsStringAsync();

        Assert.Equal(["CW"], JsonNode.Parse(ofCw)!.AsArray().Select(a => a!["jurisdiction"]!.GetValue<string>()));
        Assert.Equal(["CW", "SX"], JsonNode.Parse(ofAll)!.AsArray().Select(a => a!["jurisdiction"]!.GetValue<string>()).Order());
        Assert.Equal(HttpStatusCode.NotFound, askedSx.StatusCode);
        Assert.Empty(JsonNode.Parse(unscoped)!.AsArray());
    }

    [Fact]
    public async Task ListAlerts_SupervisorReadsTheAlertsOfTheJurisdictionsSupervised_ButNoReports()
    {
        var day = DateOnly.FromDateTime(_host.Get<TimeProvider>().GetUtcNow().UtcDateTime);
        var store = _host.Get<IMonitoringStore>();
        foreach (var code in new[] { "CW", "SX", "AW" })
        {
            var alert = new MonitoringAlert(code, day, AlertKinds.Drift, "score", 0.4, 0.25, "drift in " + code);
            await store.SaveAsync(new MonitoringReport { Jurisdiction = code, Day = day, Alerts = [alert] }, CancellationToken.None);
        }

        using var supervisor = _host.CreateClient("test-supervisor-cw-sx", ["Review.Supervisor"], ["CW", "SX"]);
        using var reviewer = _host.CreateClient("Review.CW");

        var own = await supervisor.GetAsync("/api/monitoring/alerts");
        using var other = await supervisor.GetAsync("/api/monitoring/alerts?jurisdiction=AW");
        using var report = await supervisor.GetAsync($"/api/monitoring/CW/{day:yyyy-MM-dd}");
        using var byReviewer = await reviewer.GetAsync("/api/monitoring/alerts");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(["CW", "SX"], JsonNode.Parse(await own.Content.ReadAsStringAsync())!.AsArray().Select(a => a!["jurisdiction"]!.GetValue<string>()).Order());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
    }

    [Fact]
    public async Task GetReport_DayNotComputed_Is404()
    {
        using var auditor = _host.CreateClient("test-auditor-cw", ["Audit.Read"], ["CW"]);

        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync("/api/monitoring/CW/2020-01-01")).StatusCode);
    }

    [Fact]
    public async Task Run_AfterAReferralInTheReviewApi_CountsItForTheGroupOfTheReferredRecord()
    {
        var minor = TestRecords.Traveller("mon-referral") with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { minor, TestRecords.Traveller("mon-other") }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var caseId = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        using var reviewer = _host.CreateClient("Review.CW");
        var claim = HttpStatusCode.NotFound;
        for (var i = 0; i < 50 && claim != HttpStatusCode.OK; i++)
        {
            await Task.Delay(200);
            claim = (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode;
        }

        var decided = await reviewer.PostAsJsonAsync($"/api/review/CW/cases/{caseId}/decision", new { ownAssessment = "Concern", outcome = "ReferVictimSupport", reasonCodes = new[] { "MINOR_AT_RISK" } });
        var day = DateOnly.FromDateTime(_host.Get<TimeProvider>().GetUtcNow().UtcDateTime);

        var report = Assert.Single(await _host.Get<MonitoringService>().RunAsync(day, Jurisdiction.CW, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(1, report.Referrals);
        Assert.Equal(1, report.Decided);
        Assert.Equal(0.5, report.ReferralRate, 6);
        var minors = Assert.Single(report.Groups, g => g is { Dimension: "ageBand", Group: "0-17" });
        Assert.Equal(1, minors.Referrals);
    }
}
