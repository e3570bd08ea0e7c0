using System.Text.Json.Nodes;
using BorderScreening.Hosting.Composition;
using BorderScreening.Http.Health;
using BorderScreening.LocalHost;
using BorderScreening.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Http.Tests.Health;

public sealed class HealthApiTests
{
    private static async Task<(int Status, JsonNode Body)> GetHealthAsync(IServiceProvider provider)
    {
        var context = new DefaultHttpContext { RequestServices = provider };
        context.Response.Body = new MemoryStream();
        var result = await provider.GetRequiredService<HealthApi>().GetAsync(CancellationToken.None);
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonNode.ParseAsync(context.Response.Body))!);
    }

    [Fact]
    public async Task GetAsync_StorageUnreachable_Answers503NamingTheFailingChecksWithoutEndpoints()
    {
        // Port 1 on loopback: nothing listens, so every storage call is refused.
        var unreachable = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AzuriteProcess.DevelopmentAccountKey};" +
            "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = unreachable,
            ["Storage:NamePrefix"] = SharedAzurite.UniquePrefix(),
            ["Privacy:KeyFolder"] = Path.Combine(Path.GetTempPath(), "screening-tests", SharedAzurite.UniquePrefix(), "pseudonymisation-keys"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddScreening(configuration);
        await using var provider = services.BuildServiceProvider();

        var (status, body) = await GetHealthAsync(provider);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, status);
        Assert.Equal("unhealthy", body["status"]!.GetValue<string>());
        Assert.Equal("unhealthy", body["checks"]!["storage"]!["status"]!.GetValue<string>());
        Assert.Equal("unhealthy", body["checks"]!["hitQueue"]!["status"]!.GetValue<string>());
        Assert.True(body["checks"]!["storage"]!["durationMs"]!.GetValue<double>() > 0);
        var text = body.ToJsonString();
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("devstoreaccount1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteProcess.DevelopmentAccountKey, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_OnAzurite_ReportsEachCheckWithStatusAndDuration()
    {
        await using var services = await ScreeningServices.CreateAsync();

        var (status, body) = await GetHealthAsync(services.Provider);

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal("healthy", body["checks"]!["storage"]!["status"]!.GetValue<string>());
        Assert.Equal("healthy", body["checks"]!["hitQueue"]!["status"]!.GetValue<string>());
        Assert.NotNull(body["checks"]!["storage"]!["durationMs"]);
        // These services run without a model (rules only): serving, but not as production should.
        Assert.Equal("degraded", body["checks"]!["model"]!["status"]!.GetValue<string>());
        Assert.Equal("none", body["checks"]!["model"]!["version"]!.GetValue<string>());
        Assert.Equal("degraded", body["status"]!.GetValue<string>());
    }
}
