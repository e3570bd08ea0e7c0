using System.Net;

namespace BorderScreening.Web.Tests.LocalHost;

[Collection(BrowserCollection.Name)]
public sealed class WebPageTests(ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task GetRoot_LocalHost_ServesIndexWithStrictContentSecurityPolicy()
    {
        using var response = await site.Host.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script type=\"module\" src=\"app.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html); // no inline event handlers
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html); // no inline script
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/worklist.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/i18n/nl.json", "application/json")]
    [InlineData("/i18n/en.json", "application/json")]
    [InlineData("/vendor/msal-browser.min.js", "text/javascript")]
    [InlineData("/config.json", "application/json")]
    public async Task GetAsset_LocalHost_ServesItWithItsType(string path, string mediaType)
    {
        using var response = await site.Host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetConfig_NoSignInSettings_IsLocalModeUnderThePagePolicy()
    {
        using var response = await site.Host.Client.GetAsync(new Uri("/config.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"mode\":\"local\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal(BorderScreening.LocalHost.WebPage.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }
}
