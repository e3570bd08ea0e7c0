using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

[Collection(BicepCollection.Name)]
public sealed class KeyVaultTests(BicepBuildFixture fixture)
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Vault_Properties_RbacSoftDeleteAndPurgeProtection(string environment)
    {
        var vault = Assert.Single(fixture.Deploy(environment), r => r.IsType("Microsoft.KeyVault/vaults") && !r.Existing);

        Assert.Equal(true, vault.Properties["enableRbacAuthorization"]);
        Assert.Equal(true, vault.Properties["enableSoftDelete"]);
        Assert.Equal(true, vault.Properties["enablePurgeProtection"]);
    }

    [Theory]
    [InlineData("dev", "Enabled")]
    [InlineData("prod", "Disabled")]
    public void Vault_PublicNetworkAccess_FollowsEnvironment(string environment, string expected)
    {
        var vault = Assert.Single(fixture.Deploy(environment), r => r.IsType("Microsoft.KeyVault/vaults") && !r.Existing);

        Assert.Equal(expected, vault.Properties["publicNetworkAccess"]);
    }

    [Fact]
    public void Templates_AnyEnvironment_CreateNoSecret()
    {
        Assert.DoesNotContain(fixture.Deploy("prod"), r => r.Type.StartsWith("Microsoft.KeyVault/vaults/", StringComparison.OrdinalIgnoreCase));
    }
}
