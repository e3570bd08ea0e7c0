using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

[Collection(BicepCollection.Name)]
public sealed class ServiceBusTests(BicepBuildFixture fixture)
{
    private List<ArmResource> Queues(string environment) =>
        fixture.Deploy(environment)
            .Where(r => r.IsType("Microsoft.ServiceBus/namespaces/queues") && !r.Existing)
            .ToList();

    [Theory]
    [InlineData("dev", "Standard")]
    [InlineData("prod", "Premium")]
    public void Namespace_Security_LocalAuthDisabledTls12(string environment, string expectedSku)
    {
        var ns = Assert.Single(fixture.Deploy(environment), r => r.IsType("Microsoft.ServiceBus/namespaces") && !r.Existing);

        Assert.Equal(true, ns.Properties["disableLocalAuth"]);
        Assert.Equal("1.2", ns.Properties["minimumTlsVersion"]);
        Assert.Equal(expectedSku, ns.Get("sku.name"));
    }

    [Fact]
    public void Namespace_PrivateNetworkingWithStandardRequested_IsRaisedToPremium()
    {
        var resources = fixture.Deploy("dev", new Dictionary<string, object?>
        {
            ["enablePrivateNetworking"] = true,
            ["serviceBusSku"] = "Standard",
        });
        var ns = Assert.Single(resources, r => r.IsType("Microsoft.ServiceBus/namespaces") && !r.Existing);

        Assert.Equal("Premium", ns.Get("sku.name"));
    }

    [Theory]
    [MemberData(nameof(Jurisdictions.All), MemberType = typeof(Jurisdictions))]
    public void HitQueue_Jurisdiction_ExistsExactlyOnce(string jurisdiction)
    {
        Assert.Single(Queues("dev"), q => q.LastNameSegment == $"hits-{jurisdiction}");
    }

    [Theory]
    [MemberData(nameof(Jurisdictions.All), MemberType = typeof(Jurisdictions))]
    public void SignalsQueue_Jurisdiction_ExistsExactlyOnce(string jurisdiction)
    {
        Assert.Single(Queues("dev"), q => q.LastNameSegment == $"signals-{jurisdiction}");
    }

    [Fact]
    public void Queues_All_DuplicateDetectionDeadLetteringOnExpiryLockAndDeliveryLimit()
    {
        var queues = Queues("prod");

        Assert.Equal(12, queues.Count);
        Assert.All(queues, q =>
        {
            Assert.Equal(true, q.Properties["requiresDuplicateDetection"]);
            Assert.IsType<string>(q.Properties["duplicateDetectionHistoryTimeWindow"]);
            Assert.Equal(true, q.Properties["deadLetteringOnMessageExpiration"]);
            Assert.IsType<long>(q.Properties["maxDeliveryCount"]);
            Assert.StartsWith("PT", (string)q.Properties["lockDuration"]!, StringComparison.Ordinal);
        });
    }
}
