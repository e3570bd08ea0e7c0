using BorderScreening.Adapters.Queues;
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

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void DropContainers_LifecycleRule_DeletesDropFilesAndTheirVersionsAfterTheAppsRetention(string environment)
    {
        var resources = fixture.Deploy(environment);
        var policy = Assert.Single(resources, r => r.IsType("Microsoft.Storage/storageAccounts/managementPolicies"));
        var rule = (IDictionary<string, object?>)Assert.Single((IEnumerable<object?>)policy.Get("properties.policy.rules")!)!;
        var definition = (IDictionary<string, object?>)rule["definition"]!;
        var filters = (IDictionary<string, object?>)definition["filters"]!;
        var actions = (IDictionary<string, object?>)definition["actions"]!;
        var settings = AppSettings(resources);
        var fileDays = long.Parse(settings["Retention__DroppedFileDays"], System.Globalization.CultureInfo.InvariantCulture);
        var resultDays = long.Parse(settings["Retention__DropResultDays"], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("default", policy.LastNameSegment);
        Assert.Equal(true, rule["enabled"]);
        // Exactly the drop containers: models and catalogues keep their history.
        Assert.Equal(Jurisdictions.Codes.Select(c => $"drops-{c}/").Order(StringComparer.Ordinal), ((IEnumerable<object?>)filters["prefixMatch"]!).Cast<string>().Order(StringComparer.Ordinal));
        Assert.Equal(["blockBlob"], ((IEnumerable<object?>)filters["blobTypes"]!).Cast<string>());
        // A backstop: later than the app's own deletes, never earlier.
        Assert.True(resultDays >= fileDays);
        Assert.True((long)At(actions, "baseBlob.delete.daysAfterModificationGreaterThan")! > resultDays);
        // Versioning is on for the account; a deleted drop file's versions go once the file's period is over.
        Assert.Equal(fileDays, At(actions, "version.delete.daysAfterCreationGreaterThan"));
    }

    private static object? At(IDictionary<string, object?> map, string path)
    {
        object? current = map;
        foreach (var segment in path.Split('.'))
        {
            current = ((IDictionary<string, object?>)current!)[segment];
        }

        return current;
    }

    private static Dictionary<string, string> AppSettings(IReadOnlyList<ArmResource> resources) =>
        ((IEnumerable<object?>)Assert.Single(resources, r => r.IsType("Microsoft.Web/sites") && !r.Existing).Get("properties.siteConfig.appSettings")!)
            .Cast<IDictionary<string, object?>>()
            // Values only Azure knows (endpoints of resources not yet created) are left out.
            .Where(s => s["value"] is string)
            .ToDictionary(s => (string)s["name"]!, s => (string)s["value"]!, StringComparer.Ordinal);

    [Fact]
    public void Queues_Deployed_OneFallbackHitQueuePerJurisdictionAndTheReplaySliceQueue()
    {
        var queues = fixture.Deploy("dev")
            .Where(r => r.IsType("Microsoft.Storage/storageAccounts/queueServices/queues"))
            .Select(r => r.LastNameSegment)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Jurisdictions.Codes, code => Assert.Contains($"hits-{code}", queues));
        Assert.Contains(StorageQueueReplaySliceQueue.QueueName, queues);
        Assert.Contains(StorageQueueReplaySliceQueue.QueueName + "-poison", queues);
    }
}
