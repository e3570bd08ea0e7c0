using BorderScreening.Application.Oversight.Monitoring;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Cli.Commands.Model;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving;
using BorderScreening.TestSupport;
using TestRecords = BorderScreening.TestSupport.Records;
using static BorderScreening.Cli.Tests.Commands.Model.ModelRegistryFixture;

namespace BorderScreening.Cli.Tests.Commands.Model;

/// <summary>
/// The registry workflow through the CLI command code against a running local host on Azurite:
/// register, promote to shadow and active, screen, roll back — serving follows without a restart.
/// </summary>
public sealed class ModelRegistryEndToEndTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<Assessment> ScreenAsync(string reference) => ScreenAsync(_host, reference);

    private static async Task<Assessment> ScreenAsync(LocalHostServer host, string reference)
    {
        var body = JsonSerializer.Serialize(new { records = new ScreeningRecord[] { TestRecords.Traveller(reference) } }, ScreeningJson.Options);
        using var response = await host.Client.PostAsync("/api/screenings", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        return (await host.Client.GetFromJsonAsync<Assessment>($"/api/assessments/{id}", ScreeningJson.Options))!;
    }

    [Fact]
    public async Task Promotion_OnOneInstance_ReachesAnotherInstanceOnItsNextBatch()
    {
        // A second instance on the same storage, as a scaled-out Functions app has: its timer-style refresh
        // loop runs only every 30 s, so following at once must come from the screening path itself.
        await using var other = await LocalHostServer.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:NamePrefix"] = _host.Prefix,
            ["Serving:FollowInterval"] = "00:00:00",
        });
        var shipped = MlNetRiskModel.LoadShipped().Version;
        var promoter = PromoterToken(_host);
        var directory = await ModelDirectoryAsync("bsm-e2e-v3");
        await AddMonitoringReferenceAsync(directory, "bsm-e2e-v3", "reference of bsm-e2e-v3 (test)");
        var before = await ScreenAsync(other, "inst-1");

        Assert.Equal(0, (await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), directory), c, default))).Exit);
        Assert.Equal(0, (await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, promoter, "bsm-e2e-v3", "shadow"), c, default))).Exit);
        Assert.Equal(0, (await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, promoter, "bsm-e2e-v3", "active"), c, default))).Exit);
        var after = await ScreenAsync(other, "inst-2");

        Assert.Equal(shipped, before.ModelVersion);
        Assert.Equal("bsm-e2e-v3", after.ModelVersion);
        // The drift reference follows the active model on the other instance too (same sync).
        Assert.Equal("reference of bsm-e2e-v3 (test)", other.Get<MonitoringReferenceProvider>().Reference?.Source);
    }

    [Fact]
    public async Task RegisterPromoteRollback_ThroughCli_AssessmentsFollowWithoutRestart()
    {
        var shipped = MlNetRiskModel.LoadShipped().Version;
        var trainer = TrainerToken(_host);
        var promoter = PromoterToken(_host);
        var directory = await ModelDirectoryAsync("bsm-e2e-v2");

        var before = await ScreenAsync("reg-1");
        var registered = await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, trainer, directory), c, default));
        var selfPromotion = await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, trainer, "bsm-e2e-v2", "shadow"), c, default));
        var shadowed = await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, promoter, "bsm-e2e-v2", "shadow"), c, default));
        var duringShadow = await ScreenAsync("reg-2");
        var activated = await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, promoter, "bsm-e2e-v2", "active"), c, default));
        var afterPromotion = await ScreenAsync("reg-3");
        var rolledBack = await RunAsync(c => ModelRollbackCommand.RunAsync(new() { Host = _host.BaseAddress.ToString(), Token = promoter, Reason = "test: back to shipped" }, c, default));
        var afterRollback = await ScreenAsync("reg-4");
        var list = await RunAsync(c => ModelListCommand.RunAsync(Host(_host, trainer), c, default));
        var audit = await RunAsync(c => ModelAuditCommand.RunAsync(Host(_host, promoter), c, default));

        Assert.Equal(shipped, before.ModelVersion);
        Assert.Equal(0, registered.Exit);
        Assert.Contains("candidate", registered.Output, StringComparison.Ordinal);
        Assert.Equal(2, selfPromotion.Exit);
        Assert.Contains("four-eyes", selfPromotion.Output, StringComparison.Ordinal);
        Assert.Equal(0, shadowed.Exit);

        // The shadow is scored and stored with the assessment; the assessment's own model stays the active one.
        Assert.Equal(shipped, duringShadow.ModelVersion);
        Assert.Equal("bsm-e2e-v2", duringShadow.ShadowModel?.ModelVersion);

        Assert.Equal(0, activated.Exit);
        Assert.Equal("bsm-e2e-v2", afterPromotion.ModelVersion);
        Assert.Null(afterPromotion.ShadowModel);
        Assert.Equal(0, rolledBack.Exit);
        Assert.Equal(shipped, afterRollback.ModelVersion);
        Assert.Equal(0, list.Exit);
        Assert.Matches(@"bsm-e2e-v2\W+retired", list.Output);
        Assert.Matches(shipped + @"\W+active", list.Output);
        Assert.Equal(0, audit.Exit);
        Assert.Contains("rollback", audit.Output, StringComparison.Ordinal);
        Assert.Contains("bootstrap", audit.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_RegisteredModel_PrintsCardFigures()
    {
        var trainer = TrainerToken(_host);
        var directory = await ModelDirectoryAsync("bsm-e2e-show");
        await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, trainer, directory), c, default));

        var shown = await RunAsync(c => ModelShowCommand.RunAsync(new() { Host = _host.BaseAddress.ToString(), Token = trainer, Version = "bsm-e2e-show" }, c, default));
        var missing = await RunAsync(c => ModelShowCommand.RunAsync(new() { Host = _host.BaseAddress.ToString(), Token = trainer, Version = "no-such-model" }, c, default));

        Assert.Equal(0, shown.Exit);
        Assert.Contains("rules-only", shown.Output, StringComparison.Ordinal);
        Assert.Contains("candidate", shown.Output, StringComparison.Ordinal);
        Assert.Contains(ModelRegistryFixture.Trainer, shown.Output, StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("404", missing.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServingState_AfterStart_ShippedModelBootstrappedAsActive()
    {
        using var reader = _host.CreateClient("Audit.Read");

        var list = await reader.GetFromJsonAsync<JsonObject>("/api/models");

        var active = list!["models"]!.AsArray().Single(m => m!["stage"]!.GetValue<string>() == "active")!;
        Assert.Equal(MlNetRiskModel.LoadShipped().Version, active["version"]!.GetValue<string>());
        Assert.Equal(active["version"]!.GetValue<string>(), list["serving"]!["active"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.CreateClient("Review.CW").GetAsync("/api/models")).StatusCode);
    }
}
