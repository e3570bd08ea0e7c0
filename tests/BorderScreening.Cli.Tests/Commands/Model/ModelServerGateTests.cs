using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Security;
using BorderScreening.Cli.Commands.Model;
using BorderScreening.TestSupport;
using static BorderScreening.Cli.Tests.Commands.Model.ModelRegistryFixture;

namespace BorderScreening.Cli.Tests.Commands.Model;

/// <summary>
/// Issue 20, points 4 and 5, on Azurite through the local host: the server evaluates every upload on
/// its frozen set (here the synthetic fallback: a fresh host stores no labels), refuses an inflated
/// card, and at promotion the drift reference and the transparency page follow the active model.
/// </summary>
public sealed class ModelServerGateTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Register_InflatedCard_422NamingCardFiguresAndNothingStored()
    {
        var directory = await WeakModelDirectoryAsync("bsm-inflated");
        var card = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "model-card.json")))!;
        SystemOf(card, "candidate")["auprc"] = 0.95;
        SystemOf(card, "candidate")["recallAtCapacity"] = 0.9;
        await File.WriteAllTextAsync(Path.Combine(directory, "model-card.json"), card.ToJsonString());

        var cli = await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), directory), c, default));
        using var reader = _host.CreateClient(Promoter, [AppRoles.ModelPromote]);
        var stored = await reader.GetAsync("/api/models/bsm-inflated");

        Assert.Equal(2, cli.Exit);
        Assert.Contains("gate: card-figures", cli.Output, StringComparison.Ordinal);
        Assert.Contains("claims AUPRC 0.950", cli.Output, StringComparison.Ordinal);
        Assert.Contains("server computed", cli.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Register_HonestCards_ServerFiguresBesideTheCardsOnOneFrozenSet()
    {
        var first = await ModelDirectoryAsync("bsm-server-1");
        var second = await ModelDirectoryAsync("bsm-server-2");

        var registered = await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), first), c, default));
        await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), second), c, default));
        var shown = await RunAsync(c => ModelShowCommand.RunAsync(new() { Host = _host.BaseAddress.ToString(), Token = PromoterToken(_host), Version = "bsm-server-1" }, c, default));
        using var reader = _host.CreateClient(Promoter, [AppRoles.ModelPromote]);
        var one = (await reader.GetFromJsonAsync<JsonObject>("/api/models/bsm-server-1"))!["model"]!;
        var two = (await reader.GetFromJsonAsync<JsonObject>("/api/models/bsm-server-2"))!["model"]!;

        Assert.Equal(0, registered.Exit);
        Assert.Contains("Server evaluation on es-", registered.Output, StringComparison.Ordinal);
        var server = one["server"]!;
        Assert.Equal("synthetic-holdout", server["evaluationSetKind"]!.GetValue<string>());
        Assert.Equal(server["evaluationSetId"]!.GetValue<string>(), two["server"]!["evaluationSetId"]!.GetValue<string>());
        Assert.True(server["positives"]!.GetValue<int>() >= 30);
        Assert.True(server["auprc"]!.GetValue<double>() > server["rulesAuprc"]!.GetValue<double>());
        // The card's own figures are kept and shown beside the server's.
        Assert.NotEqual(one["auprc"]!.GetValue<double>(), server["auprc"]!.GetValue<double>());
        Assert.Equal(0, shown.Exit);
        Assert.Contains("server (gates)", shown.Output, StringComparison.Ordinal);
        Assert.Contains("card vs server", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromoteAndRollback_DriftReferenceAndTransparencyPageFollowTheActiveModel()
    {
        var references = _host.Get<MonitoringReferenceProvider>();
        var shippedSource = references.Reference!.Source;
        using var anonymous = _host.CreateClientWithToken(null);
        var shippedPage = await anonymous.GetStringAsync("/transparency");
        var directory = await ModelDirectoryAsync("bsm-follow");
        await AddMonitoringReferenceAsync(directory, "bsm-follow", "reference of bsm-follow (test)");
        Assert.Equal(0, (await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), directory), c, default))).Exit);
        Assert.Equal(0, (await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, PromoterToken(_host), "bsm-follow", "shadow"), c, default))).Exit);
        // Registered and in shadow, the model does not yet change what monitoring compares with.
        Assert.Equal(shippedSource, references.Reference!.Source);

        var activated = await RunAsync(c => ModelPromoteCommand.RunAsync(Promote(_host, PromoterToken(_host), "bsm-follow", "active"), c, default));
        var afterPromotion = (references.Reference?.Source, references.FollowedModelVersion, await anonymous.GetStringAsync("/transparency"));
        using var promoter = _host.CreateClient(Promoter, [AppRoles.ModelPromote]);
        var rollback = await promoter.PostAsync("/api/models/rollback", JsonContent.Create(new { reason = "test: back" }));
        var afterRollback = (references.Reference?.Source, await anonymous.GetStringAsync("/transparency"));

        Assert.Equal(0, activated.Exit);
        Assert.Equal("reference of bsm-follow (test)", afterPromotion.Item1);
        Assert.Equal("bsm-follow", afterPromotion.FollowedModelVersion);
        Assert.Contains("model bsm-follow", afterPromotion.Item3, StringComparison.Ordinal);
        Assert.DoesNotContain("model bsm-follow", shippedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal(shippedSource, afterRollback.Item1);
        Assert.DoesNotContain("model bsm-follow", afterRollback.Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreezeEvaluationSet_ByAPromoter_NewSetUsedByTheNextRegistrationAndRefusedToATrainer()
    {
        var firstDirectory = await ModelDirectoryAsync("bsm-set-1");
        var secondDirectory = await ModelDirectoryAsync("bsm-set-2");
        Assert.Equal(0, (await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), firstDirectory), c, default))).Exit);
        using var reader = _host.CreateClient(Promoter, [AppRoles.ModelPromote]);
        var firstSet = (await reader.GetFromJsonAsync<JsonObject>("/api/models/evaluation-set"))!["id"]!.GetValue<string>();
        using var trainerOnly = _host.CreateClient("ds-trainer-only", [AppRoles.ModelTrain]);

        var byTrainer = await trainerOnly.PostAsync("/api/models/evaluation-set", JsonContent.Create(new { reason = "my model looks better on this" }));
        // Ids carry the second of freezing: wait one, so the new set is another blob even with equal content.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var frozen = await RunAsync(c => ModelFreezeEvaluationSetCommand.RunAsync(new() { Host = _host.BaseAddress.ToString(), Token = PromoterToken(_host), Reason = "test: new quarter" }, c, default));
        Assert.Equal(0, (await RunAsync(c => ModelRegisterCommand.RunAsync(Register(_host, TrainerToken(_host), secondDirectory), c, default))).Exit);
        var current = (await reader.GetFromJsonAsync<JsonObject>("/api/models/evaluation-set"))!;
        var second = (await reader.GetFromJsonAsync<JsonObject>("/api/models/bsm-set-2"))!["model"]!["server"]!;

        Assert.Equal(HttpStatusCode.Forbidden, byTrainer.StatusCode);
        Assert.Equal(0, frozen.Exit);
        Assert.Contains("Frozen es-", frozen.Output, StringComparison.Ordinal);
        Assert.NotEqual(firstSet, current["id"]!.GetValue<string>());
        Assert.Equal(("test: new quarter", Promoter), (current["reason"]!.GetValue<string>(), current["frozenBy"]!.GetValue<string>()));
        Assert.Equal(current["id"]!.GetValue<string>(), second["evaluationSetId"]!.GetValue<string>());
    }
}
