using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

[Collection(BicepCollection.Name)]
public sealed class RoleAssignmentTests(BicepBuildFixture fixture)
{
    private const string ReviewersCw = "11111111-2222-3333-4444-555555555555";

    private static string RoleId(ArmResource assignment) =>
        ((string)assignment.Properties["roleDefinitionId"]!).Split('/')[^1];

    private List<ArmResource> Assignments(string environment, IReadOnlyDictionary<string, object?>? overrides = null) =>
        fixture.Deploy(environment, overrides).Where(r => r.IsType("Microsoft.Authorization/roleAssignments")).ToList();

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void RoleAssignments_All_NeverOwnerContributorOrDataOwner(string environment)
    {
        var assignments = Assignments(environment, WithCwReceivers());

        Assert.NotEmpty(assignments);
        Assert.All(assignments, a => Assert.DoesNotContain(RoleId(a), Roles.Forbidden));
        Assert.All(Roles.Forbidden, id => Assert.DoesNotContain(id, fixture.CompiledText("main.bicep"), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RoleAssignments_AppIdentity_GetsExactlyTheDataPlaneRolesItNeeds()
    {
        var roles = Assignments("dev").Select(RoleId).Order(StringComparer.Ordinal);
        string[] expected =
        [
            Roles.ServiceBusDataSender, Roles.ServiceBusDataReceiver, Roles.StorageTableDataContributor,
            Roles.StorageBlobDataContributor, Roles.StorageQueueDataContributor, Roles.KeyVaultSecretsUser,
            Roles.MonitoringMetricsPublisher,
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), roles);
    }

    [Fact]
    public void RoleAssignments_Names_AreGuidOfScopePrincipalAndRole()
    {
        var assignments = Assignments("dev", WithCwReceivers());

        Assert.All(assignments, a =>
        {
            Assert.StartsWith("[guid(", a.RawName, StringComparison.Ordinal);
            Assert.Contains("principalId", a.RawName, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("variables('roles')", a.RawName, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void JurisdictionReceivers_Cw_GrantReceiverOnCwHitQueueOnly()
    {
        var assignment = Assert.Single(Assignments("dev", WithCwReceivers()), a => Equals(a.Properties["principalId"], ReviewersCw));

        Assert.Equal(Roles.ServiceBusDataReceiver, RoleId(assignment));
        Assert.Equal("Group", assignment.Properties["principalType"]);
        var scope = Assert.IsType<string>(assignment.Get("scope"));
        Assert.EndsWith("/hits-cw", scope, StringComparison.Ordinal);
        Assert.Contains("Microsoft.ServiceBus/namespaces/queues", scope, StringComparison.Ordinal);
    }

    [Fact]
    public void JurisdictionReceivers_None_AddNoAssignmentBeyondTheApp()
    {
        Assert.Equal(7, Assignments("prod").Count);
    }

    private static Dictionary<string, object?> WithCwReceivers() => new()
    {
        ["jurisdictionReceivers"] = new List<object?>
        {
            new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
            {
                ["jurisdiction"] = "cw",
                ["principalId"] = ReviewersCw,
            },
        },
    };
}
