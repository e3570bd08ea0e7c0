using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

[Collection(BicepCollection.Name)]
public sealed class FunctionAppTests(BicepBuildFixture fixture)
{
    private static readonly string[] SecretMarkers = ["AccountKey=", "SharedAccessKey=", "Password"];

    private ArmResource Site(string environment) =>
        Assert.Single(fixture.Deploy(environment), r => r.IsType("Microsoft.Web/sites") && !r.Existing);

    private static Dictionary<string, object?> AppSettings(ArmResource site) =>
        ((IEnumerable<object?>)site.Get("properties.siteConfig.appSettings")!)
            .Cast<IDictionary<string, object?>>()
            .ToDictionary(s => (string)s["name"]!, s => s["value"], StringComparer.Ordinal);

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Site_Security_SystemAssignedIdentityHttpsOnlyTls12FtpsDisabled(string environment)
    {
        var site = Site(environment);

        Assert.Equal("SystemAssigned", site.Get("identity.type"));
        Assert.Equal(true, site.Get("properties.httpsOnly"));
        Assert.Equal("1.2", site.Get("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", site.Get("properties.siteConfig.ftpsState"));
    }

    [Fact]
    public void Plan_Sku_IsFlexConsumption()
    {
        var plan = Assert.Single(fixture.Deploy("dev"), r => r.IsType("Microsoft.Web/serverfarms"));

        Assert.Equal("FC1", plan.Get("sku.name"));
        Assert.Equal("FlexConsumption", plan.Get("sku.tier"));
    }

    [Fact]
    public void FunctionAppConfig_Runtime_DotnetIsolated10WithIdentityDeploymentStorage()
    {
        var site = Site("dev");

        Assert.Equal("dotnet-isolated", site.Get("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", site.Get("properties.functionAppConfig.runtime.version"));
        Assert.Equal("blobContainer", site.Get("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("SystemAssignedIdentity", site.Get("properties.functionAppConfig.deployment.storage.authentication.type"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void AppSettings_Values_ContainNoKeysOrPasswords(string environment)
    {
        var settings = AppSettings(Site(environment));

        Assert.NotEmpty(settings);
        Assert.All(settings, s => Assert.All(SecretMarkers, marker =>
            Assert.False(
                s.Value is string value && value.Contains(marker, StringComparison.OrdinalIgnoreCase),
                $"{s.Key} carries '{marker}'")));
    }

    [Fact]
    public void AppSettings_Connections_AreIdentityBased()
    {
        var settings = AppSettings(Site("dev"));
        string[] required =
        [
            "AzureWebJobsStorage__accountName", "Storage__TableServiceUri", "Storage__BlobServiceUri",
            "Storage__QueueServiceUri", "HitQueue__FullyQualifiedNamespace", "Privacy__KeyVaultUri",
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
        ];

        Assert.All(required, name => Assert.Contains(name, settings.Keys));
        Assert.Equal("ServiceBus", settings["HitQueue__Transport"]);
        Assert.Equal("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        // A plain AzureWebJobsStorage setting would be a connection string with an account key.
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain(settings.Keys, k => k.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Templates_Text_NeverReadKeysOrConnectionStrings()
    {
        var text = fixture.CompiledText("main.bicep");
        string[] forbidden = ["listKeys(", "listConnectionStrings(", "listSecrets(", "AccountKey=", "SharedAccessKey="];

        Assert.All(forbidden, f => Assert.DoesNotContain(f, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void PublishingCredentials_Basic_AreDisabled()
    {
        var policies = fixture.Deploy("dev").Where(r => r.IsType("Microsoft.Web/sites/basicPublishingCredentialsPolicies")).ToList();

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.Equal(false, p.Properties["allow"]));
    }
}
