using System.Net;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Security;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Security;

public sealed class HardeningTests : IAsyncLifetime
{
    private const string AllowedOrigin = "https://review.border-screening.example";
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync(new Dictionary<string, string?>
    {
        ["Security:AllowedOrigins:0"] = AllowedOrigin,
        ["Security:FeedRequestsPerMinute"] = "3",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected on /api");
    }

    [Theory]
    [InlineData("/api/health", null)]
    [InlineData("/api/openapi.json", null)]
    [InlineData("/api/assessments/CW0000000000000000000000", null)]
    [InlineData("/api/assessments/CW0000000000000000000000", AppRoles.AuditRead)]
    [InlineData("/api/no-such-route", AppRoles.AuditRead)]
    public async Task AnyResponse_CarriesSecurityHeaders(string path, string? role)
    {
        var client = role is null ? _host.CreateClientWithToken(null) : _host.CreateClient(role);

        using var response = await client.GetAsync(path);

        AssertSecurityHeaders(response);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/assessments/CW0000000000000000000000");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await _host.CreateClientWithToken(null).SendAsync(request);
    }

    [Fact]
    public async Task Preflight_FromAllowedOrigin_IsAllowed()
    {
        using var response = await PreflightAsync(AllowedOrigin);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preflight_FromForeignOrigin_GetsNoCorsGrant()
    {
        using var response = await PreflightAsync("https://evil.example");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task CorsRequest_FromForeignOrigin_GetsNoAllowOriginHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await _host.Client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static StringContent Batch() => new(
        JsonSerializer.Serialize(new { records = new ScreeningRecord[] { Records.Traveller("rate-" + Guid.NewGuid().ToString("N")) } }, ScreeningJson.Options),
        Encoding.UTF8,
        "application/json");

    [Fact]
    public async Task PostScreenings_OverTheFeedLimit_Gets429ProblemPerCaller()
    {
        var feed = _host.CreateFeedClient("test-feed-busy");
        for (var i = 0; i < 3; i++)
        {
            using var ok = await feed.PostAsync("/api/screenings", Batch());
            var body = await ok.Content.ReadAsStringAsync();
            Assert.True(ok.StatusCode == HttpStatusCode.OK, body);
        }

        using var limited = await feed.PostAsync("/api/screenings", Batch());
        using var otherFeed = await _host.CreateFeedClient("test-feed-quiet").PostAsync("/api/screenings", Batch());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter);
        AssertSecurityHeaders(limited);
        Assert.Equal(HttpStatusCode.OK, otherFeed.StatusCode);
    }

    // The order of checks: who is calling, may they call this route, are they within their limit —
    // and only then what they sent. Routing itself refuses a media type a route's declared body does
    // not accept; that answer must wait for the same checks.
    private static StringContent NotJson() => new("records=1", Encoding.UTF8, "text/plain");

    [Fact]
    public async Task PostScreenings_WrongContentTypeWithoutToken_Gets401()
    {
        using var response = await _host.CreateClientWithToken(null).PostAsync("/api/screenings", NotJson());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostScreenings_WrongContentTypeWithoutFeedRole_Gets403Not415()
    {
        using var response = await _host.CreateClient(AppRoles.AuditRead).PostAsync("/api/screenings", NotJson());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DecideCase_WrongContentTypeWithoutReviewRole_Gets403Not415()
    {
        using var response = await _host.CreateClient(AppRoles.ModelTrain).PostAsync("/api/review/CW/cases/cw-aaaaaaaaaaaaaaaaaaaaaaaa/decision", NotJson());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostScreenings_WrongContentTypeOverTheFeedLimit_Gets429Not415()
    {
        var feed = _host.CreateClient("test-feed-wrong-type", [AppRoles.FeedSubmit]);
        for (var i = 0; i < 3; i++)
        {
            using var refused = await feed.PostAsync("/api/screenings", NotJson());
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        using var limited = await feed.PostAsync("/api/screenings", NotJson());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task GetAssessment_IsNotRateLimited()
    {
        var reader = _host.CreateClient("test-reader", [AppRoles.AuditRead]);
        for (var i = 0; i < 6; i++)
        {
            using var response = await reader.GetAsync("/api/assessments/CW0000000000000000000000");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
