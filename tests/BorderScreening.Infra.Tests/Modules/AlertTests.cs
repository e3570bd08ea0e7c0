using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests.Modules;

/// <summary>
/// The alerts module as deployed by main.bicep: an action group and one scheduled-query rule per
/// operator concern, each on the telemetry the service really emits (docs/telemetry.md, docs/monitoring.md).
/// </summary>
[Collection(BicepCollection.Name)]
public sealed class AlertTests(BicepBuildFixture fixture)
{
    /// <summary>Rule key and a name the service emits that its query must name.</summary>
    public static TheoryData<string, string> Rules() => new()
    {
        { "drift", "\"drift\"" },
        { "disparity", "\"hit-disparity\"" },
        { "missed-reviews", "\"review.missed\"" },
        { "dead-letters", "\"hits.dead-letters\"" },
        { "health", "\"GetHealth\"" },
    };

    [Fact]
    public void ActionGroup_Dev_IsDeployedWithTheEmailReceiverFromTheParameter()
    {
        var resources = fixture.Deploy("dev", new Dictionary<string, object?> { ["alertEmail"] = "ops@example.org" });

        var group = Assert.Single(resources, r => r.IsType("Microsoft.Insights/actionGroups"));
        Assert.True(group.Deployed);
        var receivers = Assert.IsAssignableFrom<IEnumerable<object?>>(group.Properties["emailReceivers"]);
        var receiver = Assert.IsAssignableFrom<IDictionary<string, object?>>(Assert.Single(receivers));
        Assert.Equal("ops@example.org", receiver["emailAddress"]);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ScheduledQueryRule_EachConcern_QueriesTheEmittedTelemetryAndNotifiesTheActionGroup(string key, string emittedName)
    {
        var resources = fixture.Deploy("dev");

        var rule = Assert.Single(resources, r => r.IsType("Microsoft.Insights/scheduledQueryRules") && r.LastNameSegment?.EndsWith("-" + key, StringComparison.Ordinal) == true);
        Assert.True(rule.Deployed);
        Assert.Equal(true, rule.Properties["enabled"]);
        var criterion = Assert.IsAssignableFrom<IDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IEnumerable<object?>>(rule.Get("properties.criteria.allOf"))));
        var query = Assert.IsType<string>(criterion["query"]);
        Assert.Contains(emittedName, query, StringComparison.Ordinal);
        Assert.Equal("GreaterThan", criterion["operator"]);
        var groups = Assert.IsAssignableFrom<IEnumerable<object?>>(rule.Get("properties.actions.actionGroups"));
        Assert.Single(groups);
    }

    [Fact]
    public void ScheduledQueryRules_CompiledModule_ScopeTheWorkspaceAndPointAtTheActionGroup()
    {
        var template = fixture.CompiledText("modules/alerts.bicep");

        Assert.Contains("\"type\": \"Microsoft.Insights/scheduledQueryRules\"", template, StringComparison.Ordinal);
        Assert.Contains("[parameters('workspaceId')]", template, StringComparison.Ordinal);
        Assert.Contains("resourceId('Microsoft.Insights/actionGroups', parameters('actionGroupName'))", template, StringComparison.Ordinal);
    }

    [Fact]
    public void Queries_AllRules_ReadNoPersonalFields()
    {
        var queries = fixture.Deploy("dev")
            .Where(r => r.IsType("Microsoft.Insights/scheduledQueryRules"))
            .Select(r => Assert.IsType<string>(r.Get("properties.criteria.allOf") is IEnumerable<object?> all && all.Single() is IDictionary<string, object?> c ? c["query"] : null))
            .ToList();

        Assert.Equal(5, queries.Count);
        foreach (var field in new[] { "nationality", "birth", "passport", "document", "Subject", "sex" })
        {
            Assert.All(queries, q => Assert.DoesNotContain(field, q, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void HealthAvailabilityTest_Dev_CallsTheHealthRoute()
    {
        var resources = fixture.Deploy("dev");

        var test = Assert.Single(resources, r => r.IsType("Microsoft.Insights/webtests"));
        Assert.True(test.Deployed);
        Assert.Equal("GET", test.Get("properties.Request.HttpVerb"));
        // The host name is the Function App's, known only at deployment: read the URL as compiled.
        Assert.Contains("format('https://{0}/api/health', parameters('healthHostName'))", fixture.CompiledText("modules/alerts.bicep"), StringComparison.Ordinal);
    }
}
