using System.Text.Json;
using System.Text.RegularExpressions;
using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests;

/// <summary>
/// web/staticwebapp.config.json: the files the deploy adds to the page (transparency page, MSAL,
/// sign-in settings) are served as themselves, never swallowed by the SPA fallback to index.html,
/// and the page may connect to Entra ID for sign-in.
/// </summary>
public sealed partial class StaticWebAppConfigTests
{
    private static readonly JsonElement Config = JsonDocument.Parse(
        File.ReadAllText(Path.Combine(BicepCli.RepoRoot, "web", "staticwebapp.config.json"))).RootElement.Clone();

    private static IReadOnlyList<string> Excluded =>
        [.. Config.GetProperty("navigationFallback").GetProperty("exclude").EnumerateArray().Select(e => e.GetString()!)];

    [Theory]
    [InlineData("/transparency")]
    [InlineData("/transparency.html")]
    [InlineData("/vendor/msal-browser.min.js")]
    [InlineData("/config.json")]
    [InlineData("/api/health")]
    public void NavigationFallback_DeployedFile_IsExcluded(string path) =>
        Assert.Contains(Excluded, pattern => Matches(pattern, path));

    [Theory]
    [InlineData("/cases")]
    [InlineData("/signin")]
    public void NavigationFallback_PageRoute_StillFallsBackToIndex(string path)
    {
        Assert.Equal("/index.html", Config.GetProperty("navigationFallback").GetProperty("rewrite").GetString());
        Assert.DoesNotContain(Excluded, pattern => Matches(pattern, path));
    }

    [Fact]
    public void Routes_Transparency_RewritesToTheGeneratedHtml()
    {
        var route = Assert.Single(Config.GetProperty("routes").EnumerateArray(), r => r.GetProperty("route").GetString() == "/transparency");
        Assert.Equal("/transparency.html", route.GetProperty("rewrite").GetString());
    }

    [Fact]
    public void ContentSecurityPolicy_SignIn_ConnectsOnlyToItselfAndEntra()
    {
        var csp = Config.GetProperty("globalHeaders").GetProperty("Content-Security-Policy").GetString()!;

        Assert.Contains("connect-src 'self' https://login.microsoftonline.com;", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
    }

    // Static Web Apps' exclude patterns: '*' matches within the path, '{a,b}' one of the listed.
    private static bool Matches(string pattern, string path)
    {
        var regex = "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\{", "(", StringComparison.Ordinal).Replace("}", ")", StringComparison.Ordinal) + "$";
        regex = Braces().Replace(regex, m => m.Value.Replace(',', '|'));
        return Regex.IsMatch(path, regex);
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Braces();
}
