using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

[Collection(BicepCollection.Name)]
public sealed class StaticWebAppTests(BicepBuildFixture fixture)
{
    [Fact]
    public void StaticWebApp_Default_StandardWithFunctionAppLinkedAsBackend()
    {
        var resources = fixture.Deploy("dev");
        var site = Assert.Single(resources, r => r.IsType("Microsoft.Web/staticSites"));
        var link = Assert.Single(resources, r => r.IsType("Microsoft.Web/staticSites/linkedBackends"));

        Assert.Equal("Standard", site.Get("sku.name"));
        Assert.Equal(true, link.Deployed);
        Assert.Contains("backendResourceId", link.Properties.Keys);
    }

    [Fact]
    public void StaticWebApp_LinkTurnedOff_DeploysNoLinkedBackend()
    {
        var resources = fixture.Deploy("dev", new Dictionary<string, object?> { ["linkStaticWebAppBackend"] = false });
        var link = Assert.Single(resources, r => r.IsType("Microsoft.Web/staticSites/linkedBackends"));

        Assert.Equal(false, link.Deployed);
    }
}
