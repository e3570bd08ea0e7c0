using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Fieldwork;

/// <summary>
/// Check planning through the local host: entities behind the hits ranked, clear values for
/// supervisors only, CSV safe against formula injection, and findings that become labels and notes.
/// </summary>
public sealed class CheckPlanningApiTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    // Unaccompanied minors (a forced review): hits, each naming a sponsor.
    private async Task HitsAsync(params (string Reference, Party Sponsor)[] hits)
    {
        ScreeningRecord[] records = [.. hits.Select(h => Records.Traveller(h.Reference) with { BirthDate = new DateOnly(2013, 5, 1), TravellingWithGuardian = false, Sponsor = h.Sponsor })];
        using var content = new StringContent(JsonSerializer.Serialize(new { records }, ScreeningJson.Options), Encoding.UTF8, "application/json");
        (await _host.Client.PostAsync(new Uri("/api/screenings", UriKind.Relative), content)).EnsureSuccessStatusCode();
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        // The worklist read moves the hits from the queue into the worklist the plan reads.
        await Poll.UntilAsync(
            async () => JsonNode.Parse(await reviewer.GetStringAsync(new Uri("/api/review/CW/cases", UriKind.Relative)))!["items"]!.AsArray().Count >= hits.Length,
            TimeSpan.FromSeconds(15), "cases in the worklist");
    }

    private static JsonNode SponsorRow(JsonNode plan, int hits) =>
        plan["entities"]!.AsArray().Single(e => e!["entityType"]!.GetValue<string>() == "Sponsor" && e["hits"]!.GetValue<int>() == hits)!;

    [Fact]
    public async Task Plan_RanksTheEntityBehindMoreHitsFirst_ClearValuesForSupervisorsOnly()
    {
        var busy = new Party { Id = "S-100", Name = "Casa Bonita", PartyKind = PartyKind.Company };
        var quiet = new Party { Id = "S-200", Name = "Villa Serena", PartyKind = PartyKind.Company };
        await HitsAsync(("plan-1", busy), ("plan-2", busy), ("plan-3", quiet));
        using var supervisor = _host.CreateClient("supervisor-cw", ["Review.Supervisor"], ["CW"]);
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        using var supervisorAw = _host.CreateClient("supervisor-aw", ["Review.Supervisor"], ["AW"]);

        var plan = JsonNode.Parse(await supervisor.GetStringAsync(new Uri("/api/check-planning/CW?days=7", UriKind.Relative)))!;
        var hidden = JsonNode.Parse(await reviewer.GetStringAsync(new Uri("/api/check-planning/CW?days=7", UriKind.Relative)))!;
        using var other = await supervisorAw.GetAsync(new Uri("/api/check-planning/CW", UriKind.Relative));
        using var badDays = await supervisor.GetAsync(new Uri("/api/check-planning/CW?days=0", UriKind.Relative));

        var sponsors = plan["entities"]!.AsArray().Where(e => e!["entityType"]!.GetValue<string>() == "Sponsor").ToList();
        Assert.Equal(2, sponsors.Count);
        Assert.Equal("Casa Bonita (S-100)", sponsors[0]!["clearValue"]!.GetValue<string>());
        Assert.Equal(2, sponsors[0]!["hits"]!.GetValue<int>());
        Assert.True(sponsors[0]!["score"]!.GetValue<int>() > sponsors[1]!["score"]!.GetValue<int>());
        Assert.True(sponsors[0]!["rank"]!.GetValue<int>() < sponsors[1]!["rank"]!.GetValue<int>());
        Assert.Contains("2 hit(s)", sponsors[0]!["why"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(sponsors[0]!["indicators"]!.AsArray());
        Assert.True(plan["clearValues"]!.GetValue<bool>());
        // The same entity, by its pseudonym only, for a reviewer.
        Assert.False(hidden["clearValues"]!.GetValue<bool>());
        Assert.Equal(SponsorRow(plan, 2)["entityKey"]!.GetValue<string>(), SponsorRow(hidden, 2)["entityKey"]!.GetValue<string>());
        Assert.Null(SponsorRow(hidden, 2)["clearValue"]);
        Assert.DoesNotContain("Casa Bonita", hidden.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDays.StatusCode);
    }

    [Fact]
    public async Task Plan_AsCsv_NeutralisesFormulas()
    {
        await HitsAsync(("plan-csv-1", new Party { Id = "S-300", Name = "=HYPERLINK(\"http://evil.example\",\"x\")", PartyKind = PartyKind.Company }));
        using var supervisor = _host.CreateClient("supervisor-cw", ["Review.Supervisor"], ["CW"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/check-planning/CW", UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var byAccept = await supervisor.SendAsync(request);
        var byFormat = await supervisor.GetStringAsync(new Uri("/api/check-planning/CW?format=csv", UriKind.Relative));

        Assert.Equal("text/csv", byAccept.Content.Headers.ContentType!.MediaType);
        var csv = await byAccept.Content.ReadAsStringAsync();
        Assert.StartsWith("rank,entityType,entityKey,clearValue,", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") (S-300)\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Equal(csv.Split("\r\n")[0], byFormat.Split("\r\n")[0]);
    }

    [Fact]
    public async Task Finding_BecomesTheLabelOfTheEntitysCases_AndANoteOnItsOpenCases()
    {
        var sponsor = new Party { Id = "S-400", Name = "Bar Tropical", PartyKind = PartyKind.Company };
        await HitsAsync(("plan-find-1", sponsor), ("plan-find-2", sponsor));
        using var supervisor = _host.CreateClient("supervisor-cw", ["Review.Supervisor"], ["CW"]);
        using var reviewer = _host.CreateClient("reviewer-cw", ["Review.CW"]);
        var plan = JsonNode.Parse(await supervisor.GetStringAsync(new Uri("/api/check-planning/CW", UriKind.Relative)))!;
        var key = SponsorRow(plan, 2)["entityKey"]!.GetValue<string>();
        var day = DateOnly.FromDateTime(_host.Get<TimeProvider>().GetUtcNow().UtcDateTime).AddDays(-1);
        var body = $$"""{"entityType":"Sponsor","entityKey":"{{key}}","finding":"ExploitationFound","inspectedOn":"{{day:yyyy-MM-dd}}","note":"Joint check: passports kept by the manager"}""";

        using var byReviewer = await reviewer.PostAsync(new Uri("/api/check-planning/CW/findings", UriKind.Relative), Json(body));
        using var unknown = await supervisor.PostAsync(new Uri("/api/check-planning/CW/findings", UriKind.Relative), Json(body.Replace(key, "AAAAAAAAAAAAAAAA", StringComparison.Ordinal)));
        using var badFinding = await supervisor.PostAsync(new Uri("/api/check-planning/CW/findings", UriKind.Relative), Json(body.Replace("ExploitationFound", "Maybe", StringComparison.Ordinal)));
        using var recorded = await supervisor.PostAsync(new Uri("/api/check-planning/CW/findings", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFinding.StatusCode);
        Assert.True(recorded.StatusCode == HttpStatusCode.Created, await recorded.Content.ReadAsStringAsync());
        var result = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("labelled").GetInt32());
        Assert.Equal(2, result.GetProperty("casesNoted").GetInt32());
        var labels = new List<DecisionLabel>();
        await foreach (var label in _host.Get<ILabelStore>().ReadAsync(Jurisdiction.CW, CancellationToken.None))
        {
            labels.Add(label);
        }

        Assert.Equal(2, labels.Count(l => l.IsInspection && l.Label == 1 && l.Outcome == "Inspection:ExploitationFound"));
        // The label export (the data scientists' loop) carries them.
        using var scientist = _host.CreateClient("scientist-cw", ["Model.Train"], ["CW"]);
        var export = await scientist.GetStringAsync(new Uri("/api/labels/export?jurisdiction=CW", UriKind.Relative));
        var examples = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.True(examples.Count == 2, "export: " + export);
        Assert.All(examples, e => Assert.True(e["label"]!.GetValue<bool>()));
    }
}
