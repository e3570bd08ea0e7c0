using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

[Collection(BicepCollection.Name)]
public sealed class MonitoringTests(BicepBuildFixture fixture)
{
    [Fact]
    public void ApplicationInsights_Properties_WorkspaceBasedWithLocalAuthDisabled()
    {
        var resources = fixture.Deploy("dev");
        var component = Assert.Single(resources, r => r.IsType("Microsoft.Insights/components") && !r.Existing);

        Assert.Equal(true, component.Properties["DisableLocalAuth"]);
        Assert.NotNull(component.Properties["WorkspaceResourceId"]);
        Assert.Single(resources, r => r.IsType("Microsoft.OperationalInsights/workspaces"));
    }
}
