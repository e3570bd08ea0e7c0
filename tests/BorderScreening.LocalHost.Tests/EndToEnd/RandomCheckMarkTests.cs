using System.Globalization;
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
/// Over HTTP: the case API withholds a random check's mark from the reviewer until their own
/// assessment is recorded, and shows it afterwards (issue 20, point 2).
/// </summary>
public sealed class RandomCheckMarkTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync(settings: new Dictionary<string, string?>
    {
        ["RandomChecks:Share:CW"] = "0.05",
        ["Capacity:DailyCases:CW"] = "200",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetCase_ARandomCheck_IsMarkedToTheReviewerOnlyAfterTheirOwnAssessment()
    {
        // Plain travellers (no indicator fires); about one in twenty is drawn for a random check.
        var travellers = Enumerable.Range(0, 200).Select(i => (ScreeningRecord)Records.Traveller(string.Create(CultureInfo.InvariantCulture, $"rc-http-{i}"))).ToArray();
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(travellers, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        Assert.True(posted.IsSuccessStatusCode);
        using var supervisor = _host.CreateClient("test-supervisor-rc", ["Review.Supervisor"], ["CW"]);
        string? caseId = null;
        for (var i = 0; i < 50 && caseId is null; i++)
        {
            await Task.Delay(200);
            var page = JsonNode.Parse(await supervisor.GetStringAsync("/api/review/CW/cases?pageSize=100"))!;
            caseId = page["items"]!.AsArray().FirstOrDefault(c => c!["randomCheck"]?.GetValue<bool>() == true)?["caseId"]!.GetValue<string>();
        }

        Assert.NotNull(caseId);
        using var reviewer = _host.CreateClient("Review.CW");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode);
        var before = await reviewer.GetStringAsync($"/api/review/CW/cases/{caseId}");
        var worklist = await reviewer.GetStringAsync("/api/review/CW/cases?pageSize=100");
        var own = await reviewer.PostAsJsonAsync($"/api/review/CW/cases/{caseId}/own-assessment", new { ownAssessment = "NoConcern" });
        var after = JsonNode.Parse(await reviewer.GetStringAsync($"/api/review/CW/cases/{caseId}"))!;

        Assert.DoesNotContain("randomCheck", before, StringComparison.Ordinal);
        Assert.DoesNotContain("inclusionProbability", before, StringComparison.Ordinal);
        Assert.DoesNotContain("randomCheck", worklist, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True(after["case"]!["randomCheck"]!.GetValue<bool>());
        Assert.Equal(0.05, after["case"]!["inclusionProbability"]!.GetValue<double>(), 6);
    }
}
