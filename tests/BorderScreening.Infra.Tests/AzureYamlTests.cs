using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests;

public sealed class AzureYamlTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(BicepCli.RepoRoot, "azure.yaml"))
        .Select(l => l.Trim())
        .ToArray();

    [Fact]
    public void AzureYaml_Infra_PointsAtInfraBicepMain()
    {
        Assert.Contains("provider: bicep", Lines);
        Assert.Contains("path: infra-bicep", Lines);
        Assert.Contains("module: main", Lines);
    }

    [Fact]
    public void AzureYaml_Services_ApiIsFunctionAndWebIsStaticWebApp()
    {
        Assert.Contains("project: ./functions", Lines);
        Assert.Contains("host: function", Lines);
        Assert.Contains("project: ./web", Lines);
        Assert.Contains("host: staticwebapp", Lines);
    }

    [Fact]
    public void AzureYaml_ServiceNames_MatchTheAzdTagsInBicep()
    {
        var app = File.ReadAllText(Path.Combine(BicepCli.InfraRoot, "modules", "app.bicep"));
        var web = File.ReadAllText(Path.Combine(BicepCli.InfraRoot, "modules", "staticwebapp.bicep"));

        Assert.Contains("api:", Lines);
        Assert.Contains("web:", Lines);
        Assert.Contains("'azd-service-name': 'api'", app, StringComparison.Ordinal);
        Assert.Contains("'azd-service-name': 'web'", web, StringComparison.Ordinal);
    }
}
