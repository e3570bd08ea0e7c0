using System.Text.Json.Nodes;
using Azure;
using BorderScreening.Adapters.Storage;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderScreening.Http.Tests.Protocol;

public sealed class DependencyUnavailableTests
{
    private static readonly AzureDependencyFailureClassifier AzureSdk = new();

    [Theory]
    [InlineData(503, true)]
    [InlineData(500, true)]
    [InlineData(0, true)]
    [InlineData(429, true)]
    [InlineData(409, false)]
    [InlineData(404, false)]
    [InlineData(400, false)]
    public void Matches_StorageStatus_OnlyServerSideAndTransient(int status, bool expected) =>
        Assert.Equal(expected, DependencyUnavailable.Matches(new RequestFailedException(status, "x"), AzureSdk, CancellationToken.None));

    [Fact]
    public void Matches_Cancellation_OnlyWhenTheCallerDidNotCancel()
    {
        using var aborted = new CancellationTokenSource();
        Assert.True(DependencyUnavailable.Matches(new TaskCanceledException(), AzureSdk, aborted.Token));
        aborted.Cancel();
        Assert.False(DependencyUnavailable.Matches(new TaskCanceledException(), AzureSdk, aborted.Token));
    }

    [Fact]
    public void Matches_BugsAreNotDependencyTrouble()
    {
        Assert.False(DependencyUnavailable.Matches(new InvalidOperationException("bug"), AzureSdk, CancellationToken.None));
        Assert.False(DependencyUnavailable.Matches(new ArgumentException("bad"), AzureSdk, CancellationToken.None));
        Assert.True(DependencyUnavailable.Matches(new InvalidOperationException("wrapped", new IOException("reset")), AzureSdk, CancellationToken.None));
    }

    [Fact]
    public async Task Handler_StorageDown_Answers503ProblemWithRetryAfter()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        var handler = new DependencyUnavailableExceptionHandler(AzureSdk, NullLogger<DependencyUnavailableExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(http, new RequestFailedException(503, "Service Unavailable"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(503, http.Response.StatusCode);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
        http.Response.Body.Position = 0;
        var problem = JsonNode.Parse(http.Response.Body)!;
        Assert.Equal(503, (int)problem["status"]!);
        Assert.EndsWith("/dependency-unavailable", (string)problem["type"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_Bug_IsLeftToTheDefaultHandler()
    {
        var http = new DefaultHttpContext();
        var handler = new DependencyUnavailableExceptionHandler(AzureSdk, NullLogger<DependencyUnavailableExceptionHandler>.Instance);
        Assert.False(await handler.TryHandleAsync(http, new InvalidOperationException("bug"), CancellationToken.None));
        Assert.Equal(200, http.Response.StatusCode);
    }
}
