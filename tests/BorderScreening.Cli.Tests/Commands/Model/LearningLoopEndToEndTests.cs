using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Cli.Commands.Model;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using static BorderScreening.Cli.Tests.Commands.Model.ModelRegistryFixture;

namespace BorderScreening.Cli.Tests.Commands.Model;

/// <summary>
/// Issue 20 end to end on Azurite through the local host: records are screened (hits and a random
/// sample of the rest), reviewers decide the cases and the random checks, a partner records an outcome,
/// the labels are exported and trained on, and the run is registered. The server judges it on its own
/// evaluation set frozen from those stored labels, and refuses the card once its figures are inflated.
/// </summary>
[Collection(LiveConsoleCollection.Name)]
public sealed class LearningLoopEndToEndTests : IAsyncLifetime, IDisposable
{
    private const int Minors = 24;
    private const int Others = 240;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-tests", "loop-" + Guid.NewGuid().ToString("N"));
    private LocalHostServer _host = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _host = await LocalHostServer.StartAsync(settings: new Dictionary<string, string?>(PartnerRecorders.VictimSupportCwSettings)
        {
            ["RandomChecks:Share:CW"] = "0.05",
            ["RandomChecks:MaxShareOfCapacity"] = "0.5",
            ["ModelGates:MinimumPositives"] = "15",
        });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ScreenDecideOutcomeExportTrainRegister_ServerJudgesOnItsOwnStoredLabels()
    {
        // Minors travelling alone always go to review; the others are ordinary travellers, of whom the
        // random sample draws about one in twenty for review.
        var minors = Enumerable.Range(0, Minors).Select(i => Records.Traveller($"loop-minor-{i}") with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false });
        var others = Enumerable.Range(0, Others).Select(i => Records.Traveller($"loop-adult-{i}"));
        var minorCases = new HashSet<string>(StringComparer.Ordinal);
        var sent = 0;
        foreach (var batch in minors.Cast<ScreeningRecord>().Concat(others).Chunk(50))
        {
            var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(batch, ScreeningJson.Options), Encoding.UTF8, "application/json"));
            posted.EnsureSuccessStatusCode();
            var results = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]!.AsArray();
            foreach (var result in results)
            {
                // The minors come first: the first Minors results are theirs.
                if (sent++ < Minors)
                {
                    minorCases.Add(result!["assessmentId"]!.GetValue<string>());
                }
            }
        }

        // Reviewers work the whole worklist: referrals for the minors but four, the rest (random checks among them) no concern.
        using var reviewer = _host.CreateClient("Review.CW");
        var decided = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var round = 0; round < 100 && decided.Count < Minors + 1; round++)
        {
            var page = JsonNode.Parse(await reviewer.GetStringAsync("/api/review/CW/cases?pageSize=100"))!;
            foreach (var item in page["items"]!.AsArray())
            {
                var caseId = item!["caseId"]!.GetValue<string>();
                if (decided.ContainsKey(caseId) || (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                var refer = minorCases.Contains(caseId) && decided.Count(d => d.Value) < Minors - 4;
                var decision = refer
                    ? new { ownAssessment = "Concern", outcome = "ReferVictimSupport", reasonCodes = new[] { "MINOR_AT_RISK" } }
                    : new { ownAssessment = "NoConcern", outcome = "NoConcern", reasonCodes = new[] { "FACTS_EXPLAINED" } };
                (await reviewer.PostAsJsonAsync($"/api/review/CW/cases/{caseId}/decision", decision)).EnsureSuccessStatusCode();
                decided[caseId] = refer;
            }

            await Task.Delay(200);
        }

        var randomChecks = decided.Keys.Count(id => !minorCases.Contains(id));
        Assert.True(randomChecks > 0, "No random check reached the worklist.");
        Assert.True(randomChecks < Others / 5, $"{randomChecks} random checks of {Others} ordinary records is far above the 5% share.");

        // The victim-support partner of one referral found no indication: that label turns negative.
        var referred = decided.First(d => d.Value).Key;
        var signalId = await PartnerRecorders.SignalIdAsync(reviewer, "CW", referred, "victim-support");
        using var partner = _host.CreateClient(PartnerRecorders.VictimSupportCw, ["Outcomes.Record"], ["CW"]);
        (await partner.PutAsync($"/api/outcomes/CW/signals/{signalId}", new StringContent("""{"outcome":"no-indication"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        // Export, then train on the export with a documented synthetic prior (a handful of real positives cannot be split alone).
        using var scientist = _host.CreateClient(Trainer, ["Model.Train"], ["CW"]);
        var export = await scientist.GetStringAsync("/api/labels/export?jurisdiction=CW");
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(decided.Count, lines.Count);
        Assert.Equal(Minors - 5, lines.Count(l => l["label"]!.GetValue<bool>()));
        Assert.Single(lines, l => l["labelSource"]!.GetValue<string>() == "outcome");
        Assert.Equal(randomChecks, lines.Count(l => l["randomCheck"]!.GetValue<bool>()));
        var labels = Path.Combine(_folder, "labels.jsonl");
        await File.WriteAllTextAsync(labels, export);
        var run = Path.Combine(_folder, "run");
        var trained = await CliApp.Create().RunAsync(["model", "train", "--labels", labels, "--out", run, "--seed", "3", "--synthetic-prior", "20000"]);
        Assert.Equal(0, trained);
        var lineage = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(run, "lineage.json")))!;
        Assert.Contains("20000", lineage.ToJsonString().Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // Registered with inflated figures: the server evaluates on the set it froze from the stored labels and refuses, naming the gate.
        var card = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(run, "model-card.json")))!;
        SystemOf(card, "candidate")["auprc"] = 0.999;
        SystemOf(card, "candidate")["recallAtCapacity"] = 0.999;
        await File.WriteAllTextAsync(Path.Combine(run, "model-card.json"), card.ToJsonString());
        var refused = await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), run), c, default));
        using var promoter = _host.CreateClient(Promoter, ["Model.Promote"]);
        var set = JsonNode.Parse(await promoter.GetStringAsync("/api/models/evaluation-set"))!;

        Assert.Equal(2, refused.Exit);
        Assert.Contains("gate: card-figures", refused.Output, StringComparison.Ordinal);
        Assert.Equal("stored-labels", set["kind"]!.GetValue<string>());
        Assert.Equal(Minors - 5, set["positives"]!.GetValue<int>());
    }
}
