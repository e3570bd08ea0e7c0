using System.Text.Json.Nodes;
using BorderScreening.Application.Security;
using BorderScreening.Cli.Commands.Model;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Training;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Model;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace BorderScreening.Cli.Tests.Commands.Model;

/// <summary>
/// Helpers for the registry tests: model directories for new versions, tokens for the trainer and a
/// promoter, and the CLI commands run against the host with their console captured.
/// </summary>
internal static class ModelRegistryFixture
{
    public const string Trainer = "ds-trainer";
    public const string Promoter = "ds-promoter";

    /// <summary>
    /// A registrable model directory for <paramref name="version"/>: the shipped model's files (a real
    /// trained model and the card of its run) under a new version name, with <paramref name="editCard"/>
    /// applied to the card. Cheap and deterministic, so the test is about the registry and serving,
    /// not about training; figures changed by a test are the ones the gates must refuse.
    /// </summary>
    public static async Task<string> ModelDirectoryAsync(string version, Action<JsonNode>? editCard = null)
    {
        var shipped = Path.GetDirectoryName(MlNetRiskModel.ShippedModelPath)!;
        var directory = Path.Combine(Path.GetTempPath(), "screening-model-tests", version + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        File.Copy(Path.Combine(shipped, "model.zip"), Path.Combine(directory, "model.zip"));
        var metadata = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(shipped, "model.json")))!;
        metadata["modelVersion"] = version;
        await File.WriteAllTextAsync(Path.Combine(directory, "model.json"), metadata.ToJsonString());
        var card = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(shipped, "model-card.json")))!;
        card["model"]!["modelVersion"] = version;
        editCard?.Invoke(card);
        await File.WriteAllTextAsync(Path.Combine(directory, "model-card.json"), card.ToJsonString());
        return directory;
    }

    /// <summary>
    /// Adds a monitoring-reference.json to a model directory: the shipped reference with
    /// <paramref name="source"/> as its description, so a test can tell which reference is in use.
    /// </summary>
    public static async Task AddMonitoringReferenceAsync(string directory, string version, string source)
    {
        var reference = MonitoringReference.Load(MonitoringReferenceProvider.ShippedPath) with { ModelVersion = version, Source = source };
        await File.WriteAllTextAsync(Path.Combine(directory, MonitoringReference.FileName), reference.ToJson());
    }

    /// <summary>
    /// A genuinely weak model: trained on the small synthetic set with random labels, so it ranks no
    /// better than chance. Its card claims modest figures (0.01), so only the server's gates judge it.
    /// </summary>
    public static async Task<string> WeakModelDirectoryAsync(string version)
    {
        var random = new Random(11);
        var noise = ModelTestData.Examples.Select(e => e.ToLabelled() with { Label = random.NextDouble() < 0.01, TrueLabel = null }).ToList();
        var run = new ModelTrainer(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero))).Train(noise, TrainedModel.FastOptions);
        var trained = Path.Combine(Path.GetTempPath(), "screening-model-tests", "weak-" + Guid.NewGuid().ToString("N")[..8]);
        await run.SaveAsync(trained);
        var directory = await ModelDirectoryAsync(version, card =>
        {
            SystemOf(card, "candidate")["auprc"] = 0.01;
            SystemOf(card, "candidate")["recallAtCapacity"] = 0.01;
        });
        File.Copy(Path.Combine(trained, "model.zip"), Path.Combine(directory, "model.zip"), overwrite: true);
        var metadata = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(trained, "model.json")))!;
        metadata["modelVersion"] = version;
        await File.WriteAllTextAsync(Path.Combine(directory, "model.json"), metadata.ToJsonString());
        return directory;
    }

    /// <summary>The evaluation entry of one system in a card ("candidate", "rules-only").</summary>
    public static JsonNode SystemOf(JsonNode card, string name) =>
        card["evaluation"]!["systems"]!.AsArray().First(s => s!["name"]!.GetValue<string>() == name)!;

    /// <summary>A data scientist who may also promote (others' models): only the four-eyes gate stops them promoting their own.</summary>
    public static string TrainerToken(LocalHostServer host) => host.Tokens.Issue(Trainer, [AppRoles.ModelTrain, AppRoles.ModelPromote], TimeSpan.FromHours(1));

    public static string PromoterToken(LocalHostServer host) => host.Tokens.Issue(Promoter, [AppRoles.ModelPromote], TimeSpan.FromHours(1));

    /// <summary>Runs a command's code with a captured console; returns its exit code and output.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(Func<IAnsiConsole, Task<int>> command)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 300;
        var exit = await command(console);
        return (exit, writer.ToString());
    }

    public static ModelHostSettings Host(LocalHostServer host, string token) => new() { Host = host.BaseAddress.ToString(), Token = token };

    public static ModelRegisterCommand.Settings Register(LocalHostServer host, string token, string directory) =>
        new() { Host = host.BaseAddress.ToString(), Token = token, Directory = directory };

    public static ModelPromoteCommand.Settings Promote(LocalHostServer host, string token, string version, string to, string? fairnessOverride = null) =>
        new() { Host = host.BaseAddress.ToString(), Token = token, Version = version, To = to, Reason = $"test: {to}", FairnessOverride = fairnessOverride };
}
