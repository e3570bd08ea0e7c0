using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Security;
using BorderScreening.Cli.Commands.Model;
using BorderScreening.TestSupport;
using static BorderScreening.Cli.Tests.Commands.Model.ModelRegistryFixture;

namespace BorderScreening.Cli.Tests.Commands.Model;

/// <summary>Refusals of the registry API: gates as 422 problems naming the gate, the fairness override, bad uploads.</summary>
public sealed class ModelRegistryGateTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task RegisterAndShadowAsync(string directory, string version)
    {
        var registered = await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), directory), c, default));
        var shadowed = await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, PromoterToken(_host), version, "shadow"), c, default));
        Assert.Equal((0, 0), (registered.Exit, shadowed.Exit));
    }

    private static JsonContent Promotion(string to, string? fairnessOverride = null) =>
        JsonContent.Create(new { to, reason = "test", fairnessOverride });

    [Fact]
    public async Task Promote_WeakModel_422BeatsRulesWithTheServersFigureAndServingUnchanged()
    {
        var directory = await WeakModelDirectoryAsync("bsm-gate-rules");
        await RegisterAndShadowAsync(directory, "bsm-gate-rules");
        using var promoter = _host.CreateClient(Promoter, [AppRoles.ModelPromote]);
        var servedBefore = (await promoter.GetFromJsonAsync<JsonObject>("/api/models"))!["serving"]!["active"]!.GetValue<string>();
        var server = (await promoter.GetFromJsonAsync<JsonObject>("/api/models/bsm-gate-rules"))!["model"]!["server"]!;

        var response = await promoter.PostAsync("/api/models/bsm-gate-rules/promote", Promotion("active"));
        var cli = await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, PromoterToken(_host), "bsm-gate-rules", "active"), c, default));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("beats-rules", problem["gate"]!.GetValue<string>());
        Assert.EndsWith("/model-gate/beats-rules", problem["type"]!.GetValue<string>(), StringComparison.Ordinal);
        var serverAuprc = server["auprc"]!.GetValue<double>();
        Assert.True(serverAuprc < server["rulesAuprc"]!.GetValue<double>());
        Assert.Contains($"AUPRC {serverAuprc.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)}", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("computed by the server", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, cli.Exit);
        Assert.Contains("gate: beats-rules", cli.Output, StringComparison.Ordinal);
        Assert.Equal(servedBefore, (await promoter.GetFromJsonAsync<JsonObject>("/api/models"))!["serving"]!["active"]!.GetValue<string>());
    }

    [Fact]
    public async Task Promote_FairnessFlaggedByTheServer_OnlyASupervisorsWrittenOverridePasses()
    {
        // The server's own fairness audit flags here: a band so narrow that some group falls outside it.
        await _host.DisposeAsync();
        _host = await LocalHostServer.StartAsync(new Dictionary<string, string?>
        {
            ["ModelGates:FairnessLow"] = "0.999",
            ["ModelGates:FairnessHigh"] = "1.001",
            ["ModelGates:MinimumExpectedHits"] = "1",
            ["ModelGates:MinimumGroupPositives"] = "1",
        });
        var directory = await ModelDirectoryAsync("bsm-gate-fair");
        await RegisterAndShadowAsync(directory, "bsm-gate-fair");
        using var promoter = _host.CreateClient(Promoter, [AppRoles.ModelPromote]);
        // The model scores every jurisdiction: the override needs a supervisor of all of them (here the grant).
        using var supervisor = _host.CreateClient("ds-supervisor", [AppRoles.ModelPromote, AppRoles.ReviewSupervisor, AppRoles.JurisdictionsAll]);
        using var supervisorOfCw = _host.CreateClient("ds-supervisor-cw", [AppRoles.ModelPromote, AppRoles.ReviewSupervisor], ["CW"]);

        var refused = await promoter.PostAsync("/api/models/bsm-gate-fair/promote", Promotion("active"));
        var notSupervisor = await promoter.PostAsync("/api/models/bsm-gate-fair/promote", Promotion("active", "checked by hand"));
        var supervisorOfOne = await supervisorOfCw.PostAsync("/api/models/bsm-gate-fair/promote", Promotion("active", "checked by hand"));
        var overridden = await supervisor.PostAsync("/api/models/bsm-gate-fair/promote", Promotion("active", "groups too small to judge; reviewed by the board"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("fairness", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["gate"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, notSupervisor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, supervisorOfOne.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        var audit = (await supervisor.GetFromJsonAsync<JsonArray>("/api/models/audit"))!;
        Assert.Contains("fairness override: groups too small", audit[0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("bsm-gate-fair", (await supervisor.GetFromJsonAsync<JsonObject>("/api/models"))!["serving"]!["active"]!.GetValue<string>());
    }

    [Fact]
    public async Task Register_BadUploads_ProblemsNamingTheField()
    {
        using var trainer = _host.CreateClient(Trainer, [AppRoles.ModelTrain]);
        using var notZip = new ByteArrayContent("not a zip"u8.ToArray());
        notZip.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("model.json").Open();
            await entry.WriteAsync("{}"u8.ToArray());
        }

        using var incomplete = new ByteArrayContent(buffer.ToArray());
        incomplete.Headers.ContentType = new MediaTypeHeaderValue("application/zip");

        var unreadable = await trainer.PostAsync("/api/models", notZip);
        var missing = await trainer.PostAsync("/api/models", incomplete);
        var wrongType = await trainer.PostAsync("/api/models", JsonContent.Create(new { }));
        var anonymous = await _host.CreateClientWithToken(null).PostAsync("/api/models", JsonContent.Create(new { }));
        var badReason = await _host.CreateClient(Promoter, [AppRoles.ModelPromote]).PostAsync("/api/models/x/promote", JsonContent.Create(new { to = "live", reason = "" }));

        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("\"body\"", await unreadable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("model.zip", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        var errors = await badReason.Content.ReadAsStringAsync();
        Assert.Contains("\"to\"", errors, StringComparison.Ordinal);
        Assert.Contains("\"reason\"", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_NoPreviousActive_409()
    {
        using var promoter = _host.CreateClient(Promoter, [AppRoles.ModelPromote]);

        var response = await promoter.PostAsync("/api/models/rollback", JsonContent.Create(new { reason = "test" }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("previous", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
