using System.Text.Json.Nodes;
using BorderScreening.LocalHost;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.OpenApi;

public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task OpenApiDocument_Committed_MatchesLocalHostEndpoints()
    {
        var served = JsonNode.Parse(await _host.Client.GetStringAsync("/api/openapi.json"))!;
        // Server URLs depend on the port a test host got; the document describes paths and shapes.
        served.AsObject().Remove("servers");
        var generated = served.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "openapi.json");

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(path, generated);
        }

        Assert.True(
            generated == await File.ReadAllTextAsync(path),
            "docs/openapi.json is out of date: run the tests with UPDATE_DOCS=1 and commit the result.");
        Assert.NotNull(served["paths"]!["/api/screenings"]!["post"]);
    }
}
