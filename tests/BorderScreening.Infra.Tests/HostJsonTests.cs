using System.Globalization;
using System.Text.Json;
using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests;

public sealed class HostJsonTests
{
    private static JsonElement HostJson()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(BicepCli.RepoRoot, "host.json")));
        return document.RootElement.Clone();
    }

    [Fact]
    public void HostJson_Version_Is20()
    {
        Assert.Equal("2.0", HostJson().GetProperty("version").GetString());
    }

    [Fact]
    public void HostJson_FunctionTimeout_IsBoundedAndAtMostThirtyMinutes()
    {
        // Flex Consumption accepts any bound; we keep one so a stuck drain cannot run for ever.
        var timeout = TimeSpan.Parse(HostJson().GetProperty("functionTimeout").GetString()!, CultureInfo.InvariantCulture);

        Assert.InRange(timeout, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void HostJson_LogLevels_DefaultWarningOurNamespaceAndResultsInformation()
    {
        var levels = HostJson().GetProperty("logging").GetProperty("logLevel");

        Assert.Equal("Warning", levels.GetProperty("default").GetString());
        Assert.Equal("Information", levels.GetProperty("BorderScreening").GetString());
        Assert.Equal("Information", levels.GetProperty("Host.Results").GetString());
    }

    [Fact]
    public void HostJson_Sampling_KeepsEveryRequest()
    {
        var sampling = HostJson().GetProperty("logging").GetProperty("applicationInsights").GetProperty("samplingSettings");

        Assert.Contains("Request", sampling.GetProperty("excludedTypes").GetString()!.Split(';'));
        Assert.True(sampling.GetProperty("maxTelemetryItemsPerSecond").GetInt32() > 0);
    }

    [Fact]
    public void HostJson_Http_RoutePrefixIsApiWithThrottles()
    {
        var http = HostJson().GetProperty("extensions").GetProperty("http");

        Assert.Equal("api", http.GetProperty("routePrefix").GetString());
        Assert.True(http.GetProperty("maxConcurrentRequests").GetInt32() > 0);
        Assert.True(http.GetProperty("maxOutstandingRequests").GetInt32() >= http.GetProperty("maxConcurrentRequests").GetInt32());
    }

    [Fact]
    public void HostJson_StorageExtensions_AreConfigured()
    {
        var extensions = HostJson().GetProperty("extensions");

        Assert.True(extensions.GetProperty("queues").GetProperty("maxDequeueCount").GetInt32() > 0);
        Assert.True(extensions.GetProperty("blobs").GetProperty("maxDegreeOfParallelism").GetInt32() > 0);
    }
}
