using BorderScreening.Adapters.Tables;
using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

[Collection(BicepCollection.Name)]
public sealed class StorageTests(BicepBuildFixture fixture)
{
    private ArmResource Account(string environment) =>
        Assert.Single(fixture.Deploy(environment), r => r.IsType("Microsoft.Storage/storageAccounts") && !r.Existing);

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void StorageAccount_Security_SharedKeyOffTls12HttpsOnlyNoPublicBlobAccess(string environment)
    {
        var properties = Account(environment).Properties;

        Assert.Equal(false, properties["allowSharedKeyAccess"]);
        Assert.Equal("TLS1_2", properties["minimumTlsVersion"]);
        Assert.Equal(false, properties["allowBlobPublicAccess"]);
        Assert.Equal(true, properties["supportsHttpsTrafficOnly"]);
    }

    [Fact]
    public void Tables_Deployed_AreExactlyTheTablesTheAppUses()
    {
        var tables = fixture.Deploy("dev")
            .Where(r => r.IsType("Microsoft.Storage/storageAccounts/tableServices/tables"))
            .Select(r => r.LastNameSegment)
            .Order(StringComparer.Ordinal);
        // The names come from the code (no prefix in Azure), so a new table in StorageTables fails this
        // test until Bicep deploys it too; "models" is the model registry's table.
        var used = new BorderScreening.Adapters.Tables.StorageTables(
                new Azure.Data.Tables.TableServiceClient("UseDevelopmentStorage=true"),
                Microsoft.Extensions.Options.Options.Create(new BorderScreening.Application.Storage.StorageOptions()))
            .All.Select(t => t.Name).Append("models").Order(StringComparer.Ordinal);

        Assert.Equal(used, tables);
    }

    [Fact]
    public void BlobContainers_Deployed_ModelsDeploymentAndOneDropContainerPerJurisdiction()
    {
        var containers = fixture.Deploy("dev")
            .Where(r => r.IsType("Microsoft.Storage/storageAccounts/blobServices/containers"))
            .ToList();
        var names = containers.Select(r => r.LastNameSegment).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("models", names);
        Assert.Contains("catalogues", names);
        Assert.Contains("deployment-package", names);
        Assert.All(Jurisdictions.Codes, code => Assert.Contains($"drops-{code}", names));
        Assert.All(containers, c => Assert.Equal("None", c.Properties["publicAccess"]));
    }

    [Fact]
    public void BlobService_Versioning_IsOnForModelHistory()
    {
        var blobService = Assert.Single(fixture.Deploy("dev"), r => r.IsType("Microsoft.Storage/storageAccounts/blobServices"));

        Assert.Equal(true, blobService.Properties["isVersioningEnabled"]);
    }

    [Fact]
    public void Queues_Deployed_OneFallbackHitQueuePerJurisdiction()
    {
        var queues = fixture.Deploy("dev")
            .Where(r => r.IsType("Microsoft.Storage/storageAccounts/queueServices/queues"))
            .Select(r => r.LastNameSegment)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Jurisdictions.Codes, code => Assert.Contains($"hits-{code}", queues));
    }
}
