using System.Text.Json;
using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests;

[Collection(BicepCollection.Name)]
public sealed class BicepCompilationTests(BicepBuildFixture fixture)
{
    private static readonly string[] RequiredModules =
        ["app", "storage", "servicebus", "keyvault", "monitoring", "alerts", "staticwebapp", "rbac", "network"];

    public static TheoryData<string> BicepFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(BicepCli.InfraRoot, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(BicepCli.InfraRoot, file));
        }

        return data;
    }

    public static TheoryData<string> ParamFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BicepCli.InfraRoot, "env"), "*.bicepparam").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(BicepCli.InfraRoot, file));
        }

        return data;
    }

    [Fact]
    public void Build_AllBicepFiles_ExitsZeroWithoutFindings()
    {
        Assert.True(fixture.Build.ExitCode == 0, fixture.Build.ToString());
        Assert.Empty(fixture.Build.Findings);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Build_BicepFile_ProducesArmJsonWithoutFindings(string file)
    {
        Assert.Empty(fixture.Build.FindingsFor(file));
        var template = fixture.CompiledTemplate(file);
        Assert.Equal(
            "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
            template.GetProperty("$schema").GetString());
    }

    [Fact]
    public void BuildParams_AllParamFiles_ExitsZeroWithoutFindings()
    {
        Assert.True(fixture.BuildParams.ExitCode == 0, fixture.BuildParams.ToString());
        Assert.Empty(fixture.BuildParams.Findings);
    }

    [Theory]
    [MemberData(nameof(ParamFiles))]
    public void BuildParams_ParamFile_SetsEnvironmentNameAndOnlyDeclaredParameters(string file)
    {
        var environment = Path.GetFileNameWithoutExtension(file);
        var parameters = fixture.EnvironmentParameters(environment);
        var declared = fixture.CompiledTemplate("main.bicep").GetProperty("parameters");

        Assert.Equal(environment, parameters["environmentName"]);
        Assert.All(parameters.Keys, name => Assert.True(declared.TryGetProperty(name, out _), $"{file} sets undeclared '{name}'"));
    }

    [Fact]
    public void AzdParameters_MainParametersJson_SetsOnlyDeclaredParameters()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(BicepCli.InfraRoot, "main.parameters.json")));
        var declared = fixture.CompiledTemplate("main.bicep").GetProperty("parameters");

        Assert.All(
            file.RootElement.GetProperty("parameters").EnumerateObject(),
            p => Assert.True(declared.TryGetProperty(p.Name, out _), $"main.parameters.json sets undeclared '{p.Name}'"));
    }

    [Fact]
    public void Lint_AllBicepAndParamFiles_ExitsZeroWithoutFindings()
    {
        Assert.True(fixture.Lint.ExitCode == 0, fixture.Lint.ToString());
        Assert.Empty(fixture.Lint.Findings);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    [MemberData(nameof(ParamFiles))]
    public void Lint_File_ReportsNothing(string file)
    {
        Assert.Empty(fixture.Lint.FindingsFor(file));
    }

    [Fact]
    public void Modules_EveryConcern_HasItsOwnModuleUsedByMain()
    {
        var main = fixture.CompiledTemplate("main.bicep");
        var deployments = main.GetProperty("resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("type").GetString() == "Microsoft.Resources/deployments")
            .Select(r => r.Value.GetProperty("name").GetString())
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(RequiredModules, module =>
        {
            Assert.True(File.Exists(Path.Combine(BicepCli.InfraRoot, "modules", $"{module}.bicep")), $"modules/{module}.bicep missing");
            Assert.Contains(module, deployments);
        });
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Parameters_EveryParameter_HasDescription(string file)
    {
        var template = fixture.CompiledTemplate(file);
        if (!template.TryGetProperty("parameters", out var parameters))
        {
            return;
        }

        Assert.All(parameters.EnumerateObject(), p =>
            Assert.True(
                p.Value.TryGetProperty("metadata", out var metadata)
                && metadata.TryGetProperty("description", out var description)
                && !string.IsNullOrWhiteSpace(description.GetString()),
                $"{file}: parameter '{p.Name}' has no @description"));
    }

    [Fact]
    public void BicepConfig_LinterRules_AreErrorsOrDeliberatelyOff()
    {
        using var config = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(BicepCli.InfraRoot, "bicepconfig.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var rules = config.RootElement.GetProperty("analyzers").GetProperty("core").GetProperty("rules").EnumerateObject().ToList();
        string[] deliberatelyOff = ["use-recent-api-versions", "use-recent-module-versions"];

        Assert.True(rules.Count >= 30, "expected every default linter rule to be listed");
        Assert.All(rules, rule =>
        {
            var level = rule.Value.GetProperty("level").GetString();
            Assert.True(
                level == "error" || (level == "off" && deliberatelyOff.Contains(rule.Name)),
                $"{rule.Name} is '{level}'");
        });
    }

    [Fact]
    public void Main_ResourceToken_DerivesFromSubscriptionResourceGroupAndEnvironment()
    {
        var variables = fixture.CompiledTemplate("main.bicep").GetProperty("variables");

        Assert.Equal(
            "[toLower(uniqueString(subscription().id, resourceGroup().id, parameters('environmentName')))]",
            variables.GetProperty("resourceToken").GetString());
    }

    [Fact]
    public void Main_Outputs_ExposeWhatDeploymentNeeds()
    {
        var outputs = fixture.CompiledTemplate("main.bicep").GetProperty("outputs");
        string[] required =
        [
            "FUNCTION_APP_NAME", "STORAGE_ACCOUNT_NAME", "SERVICE_BUS_NAMESPACE", "KEY_VAULT_URI", "KEY_VAULT_NAME",
            "STATIC_WEB_APP_HOSTNAME", "STATIC_WEB_APP_NAME",
        ];

        Assert.All(required, name => Assert.True(outputs.TryGetProperty(name, out _), $"output {name} missing"));
    }
}
