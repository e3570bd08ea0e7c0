using System.Text.Json;

namespace BorderScreening.Infra.Tests.Support;

/// <summary>
/// Compiles and lints infra-bicep once for all tests: the tree is copied to a temporary folder
/// (so no ARM JSON lands in the repository) and three CLI runs go in parallel. Each CLI start
/// costs about five seconds; one run per file would make the suite slow.
/// </summary>
public sealed class BicepBuildFixture : IAsyncLifetime
{
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), $"bicep-tests-{Guid.NewGuid():N}");

    internal BicepRun Build { get; private set; } = null!;

    internal BicepRun BuildParams { get; private set; } = null!;

    internal BicepRun Lint { get; private set; } = null!;

    internal string WorkDirectory => _workDirectory;

    public async Task InitializeAsync()
    {
        CopyDirectory(BicepCli.InfraRoot, _workDirectory);
        var build = BicepCli.RunAsync(_workDirectory, "build", "--pattern", "**/*.bicep");
        var buildParams = BicepCli.RunAsync(_workDirectory, "build-params", "--pattern", "env/*.bicepparam");
        // One lint run covers .bicep and .bicepparam files alike.
        var lint = BicepCli.RunAsync(_workDirectory, "lint", "--pattern", "**/*.bicep*");
        Build = await build;
        BuildParams = await buildParams;
        Lint = await lint;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    /// <summary>Compiled ARM JSON of a .bicep file, by its path relative to infra-bicep.</summary>
    internal JsonElement CompiledTemplate(string relativeBicepPath) =>
        ReadJson(Path.ChangeExtension(relativeBicepPath, ".json"));

    /// <summary>Parameters compiled from env/&lt;environment&gt;.bicepparam, evaluated.</summary>
    internal Dictionary<string, object?> EnvironmentParameters(string environment) =>
        ArmDeployment.ReadParameterFile(ReadJson($"env/{environment}.json"));

    /// <summary>What main.bicep deploys with the given environment's parameters (and overrides).</summary>
    internal IReadOnlyList<ArmResource> Deploy(string environment, IReadOnlyDictionary<string, object?>? overrides = null)
    {
        var parameters = EnvironmentParameters(environment);
        foreach (var (key, value) in overrides ?? new Dictionary<string, object?>())
        {
            parameters[key] = value;
        }

        return ArmDeployment.Expand(CompiledTemplate("main.bicep"), parameters);
    }

    internal string CompiledText(string relativeBicepPath) =>
        File.ReadAllText(Path.Combine(_workDirectory, Path.ChangeExtension(relativeBicepPath, ".json")));

    private JsonElement ReadJson(string relativePath)
    {
        var path = Path.Combine(_workDirectory, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Not compiled: {relativePath}\n{Build}\n{BuildParams}", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<BicepBuildFixture>
{
    public const string Name = "Bicep";
}
