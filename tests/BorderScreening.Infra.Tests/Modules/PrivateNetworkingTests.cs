using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

[Collection(BicepCollection.Name)]
public sealed class PrivateNetworkingTests(BicepBuildFixture fixture)
{
    private static readonly string[] ExpectedGroupIds = ["blob", "namespace", "queue", "table", "vault"];

    private static IEnumerable<string> GroupIds(IEnumerable<ArmResource> endpoints) =>
        endpoints.SelectMany(e => ((IEnumerable<object?>)e.Get("properties.privateLinkServiceConnections")!)
            .Cast<IDictionary<string, object?>>()
            .SelectMany(c => ((IEnumerable<object?>)((IDictionary<string, object?>)c["properties"]!)["groupIds"]!).Cast<string>()));

    [Fact]
    public void ProdParams_EnablePrivateNetworking_IsTrue()
    {
        Assert.Equal(true, fixture.EnvironmentParameters("prod")["enablePrivateNetworking"]);
    }

    [Fact]
    public void PrivateEndpoints_ProdParams_OnePerStorageServiceServiceBusAndKeyVault()
    {
        var endpoints = fixture.Deploy("prod").Where(r => r.IsType("Microsoft.Network/privateEndpoints") && r.Deployed == true).ToList();

        Assert.Equal(ExpectedGroupIds, GroupIds(endpoints).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PrivateDnsZones_ProdParams_OnePerEndpointLinkedToVnet()
    {
        var resources = fixture.Deploy("prod").Where(r => r.Deployed == true).ToList();

        Assert.Equal(5, resources.Count(r => r.IsType("Microsoft.Network/privateDnsZones")));
        Assert.Equal(5, resources.Count(r => r.IsType("Microsoft.Network/privateDnsZones/virtualNetworkLinks")));
        Assert.Equal(5, resources.Count(r => r.IsType("Microsoft.Network/privateEndpoints/privateDnsZoneGroups")));
        Assert.Single(resources, r => r.IsType("Microsoft.Network/virtualNetworks"));
    }

    [Fact]
    public void PrivateEndpoints_DevParams_NoneDeployed()
    {
        var resources = fixture.Deploy("dev");

        Assert.DoesNotContain(resources, r => r.IsType("Microsoft.Network/privateEndpoints") && r.Deployed != false);
        Assert.DoesNotContain(resources, r => r.IsType("Microsoft.Network/virtualNetworks") && r.Deployed != false);
    }

    [Theory]
    [InlineData("dev", "Enabled")]
    [InlineData("prod", "Disabled")]
    public void PublicNetworkAccess_DataServices_DisabledExactlyWhenPrivate(string environment, string expected)
    {
        var resources = fixture.Deploy(environment).Where(r => !r.Existing).ToList();

        Assert.Equal(expected, Assert.Single(resources, r => r.IsType("Microsoft.Storage/storageAccounts")).Properties["publicNetworkAccess"]);
        Assert.Equal(expected, Assert.Single(resources, r => r.IsType("Microsoft.ServiceBus/namespaces")).Properties["publicNetworkAccess"]);
        Assert.Equal(expected, Assert.Single(resources, r => r.IsType("Microsoft.KeyVault/vaults")).Properties["publicNetworkAccess"]);
    }

    [Theory]
    [InlineData("dev", false)]
    [InlineData("prod", true)]
    public void FunctionApp_VnetIntegration_OnlyWithPrivateNetworking(string environment, bool integrated)
    {
        var site = Assert.Single(fixture.Deploy(environment), r => r.IsType("Microsoft.Web/sites"));
        var subnet = site.Get("properties.virtualNetworkSubnetId");

        // With private networking the subnet id comes from the network module's output: known only in Azure.
        if (integrated)
        {
            Assert.IsType<ArmUnknown>(subnet);
        }
        else
        {
            Assert.Null(subnet);
        }
    }

    [Fact]
    public void AppSubnet_ProdParams_DelegatedToFlexConsumption()
    {
        var vnet = Assert.Single(fixture.Deploy("prod"), r => r.IsType("Microsoft.Network/virtualNetworks"));
        var subnets = ((IEnumerable<object?>)vnet.Get("properties.subnets")!).Cast<IDictionary<string, object?>>();
        var delegations = subnets
            .SelectMany(s => ((IDictionary<string, object?>)s["properties"]!).TryGetValue("delegations", out var d) && d is IEnumerable<object?> list ? list : [])
            .Cast<IDictionary<string, object?>>()
            .Select(d => ((IDictionary<string, object?>)d["properties"]!)["serviceName"]);

        Assert.Contains("Microsoft.App/environments", delegations);
    }
}
