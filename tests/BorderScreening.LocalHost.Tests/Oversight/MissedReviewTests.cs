using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Oversight;

/// <summary>
/// Issue 17's "done when", end to end over HTTP with the local host's own job loops on Azurite and the
/// real clock: during an intake outage a hit's queue message expires for real, the deadline guard's
/// loop files it, and the supervisors' list, the statistics and the alerts show it.
/// </summary>
public sealed class MissedReviewTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync(new Dictionary<string, string?>
    {
        // The intake outage: neither the timer nor a worklist read takes hits off the queue.
        ["Jobs:DrainHitQueues:Enabled"] = "false",
        ["HitQueue:DrainOnReadMax"] = "0",
        // Seconds instead of minutes, so the real expiry happens within the test.
        ["HitQueue:MinimumTimeToLive"] = "00:00:01",
        ["Deadlines:MissedAfter"] = "00:00:01",
        ["Jobs:GuardDeadlines:Interval"] = "00:00:00.500",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(object value) =>
        new(JsonSerializer.Serialize(value, ScreeningJson.Options), Encoding.UTF8, "application/json");

    private async Task<string> ScreenMinorLandingSoonAsync(string reference)
    {
        var now = TimeProvider.System.GetUtcNow();
        var record = Records.Traveller(reference);
        record = record with
        {
            BirthDate = new DateOnly(2014, 1, 1),
            TravellingWithGuardian = false,
            Legs = [record.Legs[0] with { ScheduledDeparture = now.AddHours(-2), ScheduledArrival = now.AddSeconds(4) }],
        };
        using var response = await _host.Client.PostAsync(new Uri("/api/screenings", UriKind.Relative), Json(new { records = new ScreeningRecord[] { record } }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("results")[0].GetProperty("assessmentId").GetString()!;
    }

    [Fact]
    public async Task HitExpiringDuringAnIntakeOutage_ShowsAsMissedToSupervisorsInStatisticsAndAlerts()
    {
        var caseId = await ScreenMinorLandingSoonAsync("missed-e2e");
        using var supervisor = _host.CreateClient("supervisor-cw", ["Review.Supervisor"], ["CW"]);
        JsonElement missed = default;

        await Poll.UntilAsync(
            async () =>
            {
                var page = await supervisor.GetFromJsonAsync<JsonElement>(new Uri("/api/review/CW/cases?status=Missed", UriKind.Relative));
                var items = page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("caseId").GetString() == caseId).ToList();
                missed = items.FirstOrDefault();
                return items.Count == 1;
            },
            TimeSpan.FromSeconds(60),
            "the missed case appearing on the supervisors' list");

        Assert.Equal(nameof(CaseStatus.Missed), missed.GetProperty("status").GetString());
        Assert.Equal(MissedReason.ExpiredUnseen.Text, missed.GetProperty("missedReason").GetString());

        using var auditor = _host.CreateClient("auditor-cw", ["Audit.Read"], ["CW"]);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var statistics = await auditor.GetFromJsonAsync<JsonElement>(new Uri($"/api/statistics/CW?from={today:yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}", UriKind.Relative));
        var figures = (statistics.GetProperty("hits"), statistics.GetProperty("missedDeadlines"), statistics.GetProperty("neverReachedReview"), statistics.GetProperty("pending"));
        Assert.Equal((1, 1, 1, 0), (figures.Item1.GetProperty("value").GetDouble(), figures.Item2.GetProperty("value").GetDouble(), figures.Item3.GetProperty("value").GetDouble(), figures.Item4.GetProperty("value").GetDouble()));

        var alerts = await auditor.GetFromJsonAsync<JsonElement>(new Uri("/api/monitoring/alerts?jurisdiction=CW", UriKind.Relative));
        var alert = Assert.Single(alerts.EnumerateArray(), a => a.GetProperty("subject").GetString() == caseId);
        Assert.Equal(AlertKinds.MissedReview, alert.GetProperty("kind").GetString());
    }
}
