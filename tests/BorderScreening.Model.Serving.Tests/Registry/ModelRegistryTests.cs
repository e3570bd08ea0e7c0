using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Registry;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Model;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Model.Serving.Tests.Registry;

public sealed class ModelRegistryTests
{
    private static readonly RegistrationFigures Good = new(Auprc: 0.6, RocAuc: 0.95, RulesAuprc: 0.3, ActiveModelAuprc: null, FairnessFlags: "");

    /// <summary>A server evaluation with the given figures (the gates read these, not the card's).</summary>
    internal static ServerEvaluation ServerOf(RegistrationFigures figures) =>
        new(figures, "es-test", "hash", "synthetic-holdout", 20_000, 100, null, 0.2, new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private static async Task<ModelRegistry> NewRegistryAsync()
    {
        var azurite = await SharedAzurite.GetAsync();
        var prefix = SharedAzurite.UniquePrefix();
        var registry = new ModelRegistry(
            new BlobContainerClient(azurite.ConnectionString, prefix),
            new TableClient(azurite.ConnectionString, prefix),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromSeconds(1) });
        await registry.InitializeAsync();
        return registry;
    }

    /// <summary>A copy of the shared trained model saved under another version name.</summary>
    private static async Task<string> ModelDirectoryAsync(string version)
    {
        var directory = Path.Combine(TrainedModel.Directory, "registry-" + version);
        Directory.CreateDirectory(directory);
        File.Copy(TrainedModel.ZipPath, Path.Combine(directory, ModelMetadata.ModelFileName), overwrite: true);
        var metadata = TrainedModel.Run.Metadata with { ModelVersion = version };
        await File.WriteAllTextAsync(Path.Combine(directory, ModelMetadata.FileName), JsonSerializer.Serialize(metadata, ScreeningJson.Options));
        return directory;
    }

    private static async Task<ModelRegistry> WithActiveAsync(string version)
    {
        var registry = await NewRegistryAsync();
        await registry.RegisterAsync(await ModelDirectoryAsync(version), "trainer", Good, ServerOf(Good));
        await registry.PromoteAsync(version, ModelStage.Shadow, "reviewer", "shadow week");
        await registry.PromoteAsync(version, ModelStage.Active, "reviewer", "better than rules");
        return registry;
    }

    [Fact]
    public async Task RegisterAsync_TrainedModel_IsCandidateWithAuditEntry()
    {
        var registry = await NewRegistryAsync();

        var model = await registry.RegisterAsync(await ModelDirectoryAsync("m1"), "trainer", Good, ServerOf(Good));

        Assert.Equal(ModelStage.Candidate, model.Stage);
        Assert.Equal("trainer", (await registry.GetAsync("m1"))!.TrainedBy);
        Assert.Equal("register", Assert.Single(await registry.GetAuditAsync()).Action);
        Assert.Null(await registry.GetActiveAsync());
    }

    [Fact]
    public async Task PromoteAsync_ByTheTrainer_Refused()
    {
        var registry = await NewRegistryAsync();
        await registry.RegisterAsync(await ModelDirectoryAsync("m1"), "trainer", Good, ServerOf(Good));

        var error = await Assert.ThrowsAsync<PromotionGateException>(() => registry.PromoteAsync("m1", ModelStage.Shadow, "TRAINER", "self-approval"));

        Assert.Equal(PromotionGates.FourEyes, error.Gate);
    }

    [Fact]
    public async Task PromoteAsync_CandidateStraightToActive_Refused()
    {
        var registry = await NewRegistryAsync();
        await registry.RegisterAsync(await ModelDirectoryAsync("m1"), "trainer", Good, ServerOf(Good));

        var error = await Assert.ThrowsAsync<PromotionGateException>(() => registry.PromoteAsync("m1", ModelStage.Active, "reviewer", "skip shadow"));

        Assert.Equal(PromotionGates.StageOrder, error.Gate);
    }

    [Fact]
    public async Task PromoteAsync_NotBetterThanRules_RefusedAtActive()
    {
        var registry = await NewRegistryAsync();
        // The card claims to beat the rules; the server's own figures say it does not, and the gate reads those.
        await registry.RegisterAsync(await ModelDirectoryAsync("m1"), "trainer", Good, ServerOf(Good with { RulesAuprc = 0.7 }));
        await registry.PromoteAsync("m1", ModelStage.Shadow, "reviewer", "shadow");

        var error = await Assert.ThrowsAsync<PromotionGateException>(() => registry.PromoteAsync("m1", ModelStage.Active, "reviewer", "go"));

        Assert.Contains("rules-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(PromotionGates.BeatsRules, error.Gate);
    }

    [Fact]
    public async Task PromoteAsync_ShadowToActive_ActiveAndLoadableFromBlobs()
    {
        var registry = await WithActiveAsync("m1");

        var active = await registry.GetActiveAsync();
        var model = await registry.LoadAsync("m1");

        Assert.Equal(("m1", ModelStage.Active, "reviewer"), (active!.Version, active.Stage, active.ActiveBy));
        var context = TrainedModel.Run.Holdout[0].ToContext();
        Assert.Equal(TrainedModel.Run.HoldoutProbabilities[0], model.Predict(context).Probability, 5);
        Assert.Equal(["promote", "promote", "register"], (await registry.GetAuditAsync()).Select(a => a.Action));
    }

    [Fact]
    public async Task RollbackAsync_AfterSecondPromotion_RestoresFirstAndRetiresSecond()
    {
        var registry = await WithActiveAsync("m1");
        await registry.RegisterAsync(await ModelDirectoryAsync("m2"), "trainer", Good, ServerOf(Good));
        await registry.PromoteAsync("m2", ModelStage.Shadow, "reviewer", "shadow");
        await registry.PromoteAsync("m2", ModelStage.Active, "reviewer", "better");
        Assert.Equal(ModelStage.Retired, (await registry.GetAsync("m1"))!.Stage);

        var restored = await registry.RollbackAsync("supervisor", "more false positives in AW");

        Assert.Equal("m1", restored.Version);
        Assert.Equal("m1", (await registry.GetActiveAsync())!.Version);
        Assert.Equal(ModelStage.Retired, (await registry.GetAsync("m2"))!.Stage);
        var last = (await registry.GetAuditAsync())[0];
        Assert.Equal(("rollback", "supervisor"), (last.Action, last.By));
    }

    [Fact]
    public async Task PromoteAsync_ConcurrentActivations_NeverTwoActive()
    {
        var registry = await NewRegistryAsync();
        string[] versions = ["a", "b", "c", "d"];
        foreach (var version in versions)
        {
            await registry.RegisterAsync(await ModelDirectoryAsync(version), "trainer", Good, ServerOf(Good));
            await registry.PromoteAsync(version, ModelStage.Shadow, "reviewer", "shadow");
        }

        // Racing promotions either win or get a conflict (stale ETag or pointer); none half-applies.
        var won = await Task.WhenAll(versions.Select(async v =>
        {
            try
            {
                await registry.PromoteAsync(v, ModelStage.Active, "reviewer", "race");
                return true;
            }
            catch (RegistryConflictException)
            {
                return false;
            }
        }));

        var active = Assert.Single(await registry.ListAsync(ModelStage.Active));
        Assert.Equal(active.Version, (await registry.GetActiveAsync())!.Version);
        Assert.Contains(true, won);
        Assert.Equal(won.Count(w => w), (await registry.GetAuditAsync()).Count(a => a.Action == "promote" && a.To == ModelStage.Active));
    }

    [Fact]
    public void Check_FairnessFlagged_RefusesActivation()
    {
        var model = new RegisteredModel("m", ModelStage.Shadow, "trainer", default, FeatureSchema.Hash, "", Good, "reviewer", null, ServerOf(Good with { FairnessFlags = "sex = F" }));

        var error = Assert.Throws<PromotionGateException>(() => PromotionGates.Check(model, ModelStage.Active, "reviewer"));

        Assert.Contains("fairness", error.Message, StringComparison.Ordinal);
        Assert.Equal(PromotionGates.Fairness, error.Gate);
    }

    [Fact]
    public void Check_FairnessFlaggedWithWrittenOverride_Passes()
    {
        var model = new RegisteredModel("m", ModelStage.Shadow, "trainer", default, FeatureSchema.Hash, "", Good, "reviewer", null, ServerOf(Good with { FairnessFlags = "sex = F" }));

        var exception = Record.Exception(() => PromotionGates.Check(model, ModelStage.Active, "supervisor", "group of 12 records; reviewed"));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData(0.595, true)]
    [InlineData(0.585, false)]
    public void Check_SlightlyBelowActive_PassesOnlyWithinTolerance(double activeAuprcMinus, bool passes)
    {
        // Candidate AUPRC 0.6 against an active model at 0.6 + (0.6 - activeAuprcMinus): 0.605 is within 0.01, 0.615 is not.
        var active = 1.2 - activeAuprcMinus;
        var model = new RegisteredModel("m", ModelStage.Shadow, "trainer", default, FeatureSchema.Hash, "", Good, "reviewer", null, ServerOf(Good with { ActiveModelAuprc = active }));

        var exception = Record.Exception(() => PromotionGates.Check(model, ModelStage.Active, "reviewer"));

        Assert.Equal(passes, exception is null);
        Assert.True(passes || ((PromotionGateException)exception!).Gate == PromotionGates.NoWorseThanActive);
    }

    [Theory]
    [InlineData(0.50, 0.51, true)]
    [InlineData(0.50, 0.53, false)]
    [InlineData(0.50, null, true)]
    public void Check_RecallAtCapacityBelowActive_PassesOnlyWithinTolerance(double candidate, double? active, bool passes)
    {
        var model = new RegisteredModel("m", ModelStage.Shadow, "trainer", default, FeatureSchema.Hash, "",
            Good, "reviewer", null, ServerOf(Good with { RecallAtCapacity = candidate, ActiveModelRecallAtCapacity = active }));

        var exception = Record.Exception(() => PromotionGates.Check(model, ModelStage.Active, "reviewer"));

        Assert.Equal(passes, exception is null);
        Assert.True(passes || (((PromotionGateException)exception!).Gate == PromotionGates.NoWorseThanActive && exception.Message.Contains("recall at review capacity", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RegisterAsync_RecallAtCapacity_StoredAndReadBack()
    {
        var registry = await NewRegistryAsync();

        await registry.RegisterAsync(await ModelDirectoryAsync("m-recall"), "trainer", Good with { RecallAtCapacity = 0.61, ActiveModelRecallAtCapacity = 0.6 }, ServerOf(Good with { RecallAtCapacity = 0.5 }));
        var stored = await registry.GetAsync("m-recall");

        Assert.Equal(0.61, stored!.Figures.RecallAtCapacity);
        Assert.Equal(0.6, stored.Figures.ActiveModelRecallAtCapacity);
        Assert.Equal(0.5, stored.Server!.Figures.RecallAtCapacity);
        Assert.Equal(("es-test", "synthetic-holdout", 0.2), (stored.Server.EvaluationSetId, stored.Server.EvaluationSetKind, stored.Server.RulesRecallAtCapacity));
    }

    [Fact]
    public async Task BootstrapAsync_EmptyRegistry_ActiveOnceAndRollbackTargetLater()
    {
        var registry = await NewRegistryAsync();

        var first = await registry.BootstrapAsync(await ModelDirectoryAsync("shipped"), "bootstrap", Good);
        var second = await registry.BootstrapAsync(await ModelDirectoryAsync("shipped-again"), "bootstrap", Good);
        await registry.RegisterAsync(await ModelDirectoryAsync("m2"), "trainer", Good, ServerOf(Good));
        await registry.PromoteAsync("m2", ModelStage.Shadow, "reviewer", "shadow");
        await registry.PromoteAsync("m2", ModelStage.Active, "reviewer", "better");
        var restored = await registry.RollbackAsync("reviewer", "back");

        Assert.Equal(("shipped", ModelStage.Active), (first!.Version, first.Stage));
        Assert.Null(second);
        Assert.Equal("shipped", restored.Version);
        Assert.Contains(await registry.GetAuditAsync(), a => a.Action == "bootstrap" && a.Version == "shipped");
    }

    [Fact]
    public async Task RecordServerEvaluationAsync_LegacyModelWithoutServerFigures_StoredAuditedAndThenGated()
    {
        var registry = await NewRegistryAsync();
        await registry.RegisterAsync(await ModelDirectoryAsync("m-legacy"), "trainer", Good);
        await registry.PromoteAsync("m-legacy", ModelStage.Shadow, "reviewer", "shadow");
        var unevaluated = await Assert.ThrowsAsync<PromotionGateException>(() => registry.PromoteAsync("m-legacy", ModelStage.Active, "reviewer", "go"));

        var evaluated = await registry.RecordServerEvaluationAsync("m-legacy", ServerOf(Good with { Auprc = 0.2 }));
        var weak = await Assert.ThrowsAsync<PromotionGateException>(() => registry.PromoteAsync("m-legacy", ModelStage.Active, "reviewer", "go"));

        Assert.Equal(PromotionGates.ServerEvaluationGate, unevaluated.Gate);
        Assert.Equal(0.2, evaluated.Server!.Figures.Auprc);
        Assert.Equal(0.6, evaluated.Figures.Auprc);
        Assert.Equal(PromotionGates.BeatsRules, weak.Gate);
        Assert.Contains("AUPRC 0.200", weak.Message, StringComparison.Ordinal);
        Assert.Contains(await registry.GetAuditAsync(), a => a.Action == "evaluate" && a.Version == "m-legacy");
    }
}
