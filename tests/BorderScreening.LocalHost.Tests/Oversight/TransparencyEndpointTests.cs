using System.Net;
using BorderScreening.LocalHost;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Oversight;

public sealed class TransparencyEndpointTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetTransparency_WithoutToken_IsTheHtmlPageUnderThePagesContentSecurityPolicy()
    {
        using var anonymous = _host.CreateClientWithToken(null);

        var response = await anonymous.GetAsync("/transparency");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WebPage.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h2>Data kept, and for how long</h2>", html, StringComparison.Ordinal);
        Assert.Contains("after 90 days", html, StringComparison.Ordinal);
    }
}
